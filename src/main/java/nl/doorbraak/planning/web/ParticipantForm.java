package nl.doorbraak.planning.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import nl.doorbraak.common.MaxLength;
import nl.doorbraak.planning.internal.ParticipantRole;

/** One participant for one agenda item: a user of the region, or an external person by name. */
public class ParticipantForm {

    @NotNull
    private Long itemId;

    private Long userId;

    @MaxLength(value = 200, name = "planning.participant.name.name")
    private String name;

    @MaxLength(value = 200, name = "planning.participant.name.organisation")
    private String organisation;

    @Email(message = "{planning.participant.email}")
    @MaxLength(value = 320, name = "planning.participant.name.email")
    private String email;

    @NotNull(message = "{planning.participant.roleRequired}")
    private ParticipantRole role;

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

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
