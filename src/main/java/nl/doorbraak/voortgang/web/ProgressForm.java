package nl.doorbraak.voortgang.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A progress update: only its text; time and author are the server's. */
public class ProgressForm {

    @NotBlank(message = "{voortgang.text.required}")
    @Size(max = 4000, message = "{voortgang.text.tooLong}")
    private String text;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
