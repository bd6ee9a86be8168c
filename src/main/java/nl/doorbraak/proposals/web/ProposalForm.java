package nl.doorbraak.proposals.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.doorbraak.proposals.internal.ProposalDraft;
import nl.doorbraak.proposals.internal.ProposalKind;
import org.springframework.format.annotation.DateTimeFormat;

/** A new proposal as typed; the service's rules check the choices and the identifiers. */
public class ProposalForm {

    static final String[] FIELDS = {"kind", "title", "description", "themeIds", "ownerUserId", "organisationIds",
            "submittedOn"};

    @NotNull(message = "{proposals.kind.required}")
    private ProposalKind kind;
    @NotBlank(message = "{proposals.title.required}")
    @Size(max = 200, message = "{proposals.title.tooLong}")
    private String title;
    @NotBlank(message = "{proposals.description.required}")
    @Size(max = 4000, message = "{proposals.description.tooLong}")
    private String description;
    private List<Long> themeIds = new ArrayList<>();
    @NotNull(message = "{proposals.owner.required}")
    private Long ownerUserId;
    private List<Long> organisationIds = new ArrayList<>();
    @NotNull(message = "{proposals.submittedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate submittedOn;

    ProposalDraft toDraft() {
        return new ProposalDraft(kind, title, description, themeIds == null ? List.of() : themeIds,
                ownerUserId == null ? 0 : ownerUserId, organisationIds == null ? List.of() : organisationIds,
                submittedOn);
    }

    public ProposalKind getKind() { return kind; }
    public void setKind(ProposalKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public List<Long> getThemeIds() { return themeIds; }
    public void setThemeIds(List<Long> themeIds) { this.themeIds = themeIds; }
    public Long getOwnerUserId() { return ownerUserId; }
    public void setOwnerUserId(Long ownerUserId) { this.ownerUserId = ownerUserId; }
    public List<Long> getOrganisationIds() { return organisationIds; }
    public void setOrganisationIds(List<Long> organisationIds) { this.organisationIds = organisationIds; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public void setSubmittedOn(LocalDate submittedOn) { this.submittedOn = submittedOn; }
}
