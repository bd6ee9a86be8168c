package nl.doorbraak.escalation.internal;

import java.util.List;

/**
 * The escalation page of one case: its escalations, what the user may do, who has the final say on placement
 * ({@code finalSay} null when the werkwijze does not say), and who a new escalation would reach before it is sent:
 * {@code willBeTold} always, {@code saveWillBeTold} too when SAVE is involved (empty: no SAVE contact configured).
 */
public record EscalationPage(long caseId, String regionName, boolean mayRaise, boolean mayResolve,
        List<EscalationEntry> escalations, String finalSay, String escalationNote, List<Recipient> willBeTold,
        List<Recipient> saveWillBeTold) {

    /** Whether a new escalation reaches at least one manager of an organisation involved, not only coordinators. */
    public boolean reachesAManager() {
        return willBeTold.stream().anyMatch(r -> r.kind() == Recipient.Kind.LEIDINGGEVENDE);
    }
}
