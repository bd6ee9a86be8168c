package nl.doorbraak.casefile.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** Consent withdrawn: on which date and why. */
public class WithdrawalForm {

    @DateTimeFormat(iso = ISO.DATE) private LocalDate withdrawnOn;
    @Size(max = 2000, message = "{referral.tooLong}") private String reason;

    public LocalDate getWithdrawnOn() { return withdrawnOn; }
    public void setWithdrawnOn(LocalDate withdrawnOn) { this.withdrawnOn = withdrawnOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    /** The "Ik weet dat..." box: the case stops only when it is ticked. */
    private boolean confirmed;

    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
}
