package nl.doorbraak.identity.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.internal.EditableUser;
import nl.doorbraak.identity.internal.UserDraft;

/** The fields an administrator may set on a user (allow-listed binding); the password only when creating. */
public class UserForm {

    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "^$|^[a-zA-Z0-9._-]{3,100}$", message = "{user.username.pattern}")
    private String username;
    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 200, message = "{user.displayName.tooLong}")
    private String displayName;
    @NotBlank(message = "{user.email.required}")
    @Email(message = "{user.email.invalid}")
    @Size(max = 320, message = "{user.email.invalid}")
    private String email;
    private Long organisationId;
    private List<String> regionSlugs = new ArrayList<>();
    @NotEmpty(message = "{user.roles.required}")
    private List<Role> roles = new ArrayList<>();
    private String password;
    private int version;

    static UserForm of(EditableUser user) {
        UserForm form = new UserForm();
        form.username = user.username();
        form.displayName = user.displayName();
        form.email = user.email();
        form.organisationId = user.organisationId();
        form.regionSlugs = new ArrayList<>(user.regionSlugs());
        form.roles = new ArrayList<>(user.roles());
        form.version = user.version();
        return form;
    }

    UserDraft toDraft() {
        return new UserDraft(username.strip().toLowerCase(Locale.ROOT), displayName.strip(), email.strip(),
                organisationId, new HashSet<>(regionSlugs), new HashSet<>(roles));
    }

    String normalisedUsername() {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public List<String> getRegionSlugs() { return regionSlugs; }
    public void setRegionSlugs(List<String> regionSlugs) { this.regionSlugs = regionSlugs == null ? new ArrayList<>() : regionSlugs; }
    public List<Role> getRoles() { return roles; }
    public void setRoles(List<Role> roles) { this.roles = roles == null ? new ArrayList<>() : roles; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
}
