package nl.doorbraak.verslag.web;

import java.io.Serializable;
import java.time.LocalDate;

import nl.doorbraak.verslag.internal.AgreementProposal;
import org.springframework.format.annotation.DateTimeFormat;

/** A new SMART agreement: what, owner (a participant), due date, how, result. The rules live in the proposal. */
public class AgreementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String what;
    private Long ownerId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    private String how;
    private String result;

    AgreementProposal toProposal() {
        return new AgreementProposal(what, ownerId, dueOn, how, result);
    }

    /** Whether anything was typed or chosen: it then comes back after another button's redirect (a flash). */
    boolean typed() {
        return filled(what) || ownerId != null || dueOn != null || filled(how) || filled(result);
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }

    public String getWhat() {
        return what;
    }

    public void setWhat(String what) {
        this.what = what;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void setOwnerId(Long ownerId) {
        this.ownerId = ownerId;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getHow() {
        return how;
    }

    public void setHow(String how) {
        this.how = how;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }
}
