package nl.doorbraak.casefile.web;

import jakarta.validation.constraints.Size;

/** Reopening a closed case: why. */
public class ReopenForm {

    @Size(max = 2000, message = "{referral.tooLong}") private String reason;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
