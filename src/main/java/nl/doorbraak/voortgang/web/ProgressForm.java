package nl.doorbraak.voortgang.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A progress update: only its text; time and author are the server's. */
public class ProgressForm {

    @NotBlank(message = "{voortgang.text.required}")
    @Size(max = 4000, message = "{voortgang.text.tooLong}")
    private String text;

    /** A coordinator posts for the regiehouder without an account; ticked by default. */
    private boolean onBehalf = true;

    public boolean isOnBehalf() {
        return onBehalf;
    }

    public void setOnBehalf(boolean onBehalf) {
        this.onBehalf = onBehalf;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
