package nl.doorbraak.themes.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name of a new or renamed theme; its code follows from the name on the server. */
public class ThemeNameForm {

    @NotBlank(message = "{themes.name.required}")
    @Size(max = 200, message = "{themes.name.tooLong}")
    private String name;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
