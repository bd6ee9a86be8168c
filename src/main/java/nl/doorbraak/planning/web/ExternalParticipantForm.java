package nl.doorbraak.planning.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.doorbraak.common.MaxLength;
import nl.doorbraak.planning.internal.ParticipantRole;

/** Someone from outside the registry ("Niet in de lijst?"): a typed name, organisation and e-mail address. */
public class ExternalParticipantForm {

    @NotBlank(message = "{planning.participant.nameRequired}")
    @MaxLength(value = 200, name = "planning.participant.name.name")
    private String name;

    @MaxLength(value = 200, name = "planning.participant.name.organisation")
    private String organisation;

    @Email(message = "{planning.participant.email}")
    @MaxLength(value = 320, name = "planning.participant.name.email")
    private String email;

    @NotNull(message = "{planning.participant.roleRequired}")
    private ParticipantRole role;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public ParticipantRole getRole() {
        return role;
    }

    public void setRole(ParticipantRole role) {
        this.role = role;
    }
}
