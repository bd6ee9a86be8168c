package nl.doorbraak.verslag.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the chair corrects a finalised verslag; the reason goes with the next version. */
public class CorrectionForm {

    @NotBlank(message = "{verslagversie.correction.reason.required}")
    @Size(max = 2000, message = "{verslagversie.correction.reason.tooLong}")
    private String reason;

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
