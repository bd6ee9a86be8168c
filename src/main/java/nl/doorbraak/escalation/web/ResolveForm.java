package nl.doorbraak.escalation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Resolving one escalation: the decision taken. */
public class ResolveForm {

    private long escalationId;
    @NotBlank(message = "{escalation.decision.required}")
    @Size(max = 2000, message = "{escalation.decision.tooLong}")
    private String decision;

    public long getEscalationId() { return escalationId; }
    public void setEscalationId(long escalationId) { this.escalationId = escalationId; }
    public String getDecision() { return decision; }
    public void setDecision(String decision) { this.decision = decision; }
}
