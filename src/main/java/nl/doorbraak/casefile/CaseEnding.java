package nl.doorbraak.casefile;

import nl.doorbraak.identity.CurrentUser;

/**
 * A case is being closed or stopped. Published synchronously inside the closing transaction: listeners in the
 * modules that keep things open for the case (see {@link CaseLooseEnds}) close them there and then, on the timeline
 * and in the audit log, so the case and its loose ends end together or, when anything fails, not at all.
 *
 * @param actor who closes the case; their right to do so was checked
 * @param decision the Dutch text recorded as the decision on what is closed with the case (no personal data)
 */
public record CaseEnding(long caseId, String regionSlug, CurrentUser actor, String decision) {
}
