package nl.doorbraak.escalation.internal;

import java.util.List;

/**
 * The escalation page of one case: its escalations, what the user may do, and who has the final say on placement
 * ({@code finalSay} null when the werkwijze does not say).
 */
public record EscalationPage(long caseId, String regionName, boolean mayRaise, boolean mayResolve,
        List<EscalationEntry> escalations, String finalSay, String escalationNote) {
}
