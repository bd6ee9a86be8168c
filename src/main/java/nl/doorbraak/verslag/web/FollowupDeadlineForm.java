package nl.doorbraak.verslag.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** A new deadline and why; the old one stays in the history. */
public class FollowupDeadlineForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate newDueOn;
    private String reason;

    public LocalDate getNewDueOn() {
        return newDueOn;
    }

    public void setNewDueOn(LocalDate newDueOn) {
        this.newDueOn = newDueOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
