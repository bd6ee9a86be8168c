package nl.doorbraak.casefile.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import nl.doorbraak.casefile.internal.ClosureInput;
import nl.doorbraak.casefile.internal.ClosureReason;
import nl.doorbraak.casefile.internal.OfferType;
import nl.doorbraak.casefile.internal.OutcomeKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** Closing a case: a passend aanbod (type, place, start date) or another reason with an explanation. */
public class ClosureForm {

    private OutcomeKind kind;
    private OfferType offerType;
    @Size(max = 200, message = "{referral.tooLong}") private String place;
    @DateTimeFormat(iso = ISO.DATE) private LocalDate startsOn;
    private ClosureReason reason;
    @Size(max = 2000, message = "{referral.tooLong}") private String explanation;

    ClosureInput toInput() {
        return new ClosureInput(kind, offerType, place, startsOn, reason, explanation);
    }

    public OutcomeKind getKind() { return kind; }
    public void setKind(OutcomeKind kind) { this.kind = kind; }
    public OfferType getOfferType() { return offerType; }
    public void setOfferType(OfferType offerType) { this.offerType = offerType; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public LocalDate getStartsOn() { return startsOn; }
    public void setStartsOn(LocalDate startsOn) { this.startsOn = startsOn; }
    public ClosureReason getReason() { return reason; }
    public void setReason(ClosureReason reason) { this.reason = reason; }
    public String getExplanation() { return explanation; }
    public void setExplanation(String explanation) { this.explanation = explanation; }
    /** The "Ik weet dat..." box: the case stops only when it is ticked. */
    private boolean confirmed;

    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
}
