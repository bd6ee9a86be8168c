package nl.doorbraak.proposals.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.doorbraak.proposals.internal.DecisionDraft;
import nl.doorbraak.proposals.internal.ProposalStatus;
import org.springframework.format.annotation.DateTimeFormat;

/** A decision on a proposal as typed: the new status, the day, optionally the organisation that decided, a note. */
public class DecisionForm {

    static final String[] FIELDS = {"status", "decidedOn", "organisationId", "note"};

    @NotNull(message = "{proposals.decision.status.required}")
    private ProposalStatus status;
    @NotNull(message = "{proposals.decision.date.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate decidedOn;
    private Long organisationId;
    @Size(max = 2000, message = "{proposals.decision.note.tooLong}")
    private String note;

    DecisionDraft toDraft() {
        return new DecisionDraft(status, decidedOn, organisationId, note);
    }

    public ProposalStatus getStatus() { return status; }
    public void setStatus(ProposalStatus status) { this.status = status; }
    public LocalDate getDecidedOn() { return decidedOn; }
    public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
