package nl.doorbraak.casefile.internal;

import java.util.Set;

import nl.doorbraak.casefile.CaseStatus;

/** What the access policy needs to know about a case: no content, only region, status and who takes part. */
public record CaseFacts(long caseId, String regionSlug, CaseStatus status, long referrerUserId,
        Set<Long> participantUserIds) {

    public CaseFacts {
        participantUserIds = Set.copyOf(participantUserIds);
    }

    boolean involves(long userId) {
        return referrerUserId == userId || participantUserIds.contains(userId);
    }
}
