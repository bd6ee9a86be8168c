package nl.doorbraak.identity.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import nl.doorbraak.identity.internal.ApiTokens;

/** A new API token: a name the user recognises and how many days it stays valid. */
public class ApiTokenForm {

    @NotBlank(message = "{token.name.required}")
    @Size(max = 100, message = "{token.name.tooLong}")
    private String name;
    @Min(value = 1, message = "{token.validDays.range}")
    @Max(value = ApiTokens.MAX_VALID_DAYS, message = "{token.validDays.range}")
    private int validDays = ApiTokens.DEFAULT_VALID_DAYS;

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public int getValidDays() { return validDays; }
    public void setValidDays(int validDays) { this.validDays = validDays; }
}
