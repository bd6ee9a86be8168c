package nl.doorbraak.verslag.web;

import java.time.LocalDate;

import nl.doorbraak.verslag.internal.AgreementProposal;
import org.springframework.format.annotation.DateTimeFormat;

/** A new SMART agreement: what, owner (a participant), due date, how, result. The rules live in the proposal. */
public class AgreementForm {

    private String what;
    private Long ownerId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dueOn;
    private String how;
    private String result;

    AgreementProposal toProposal() {
        return new AgreementProposal(what, ownerId, dueOn, how, result);
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
