package nl.doorbraak.voortgang.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The progress page as one user may see it; every opening is an audited read of the case (VOORTGANG_BEKEKEN). */
@Service
@Transactional(noRollbackFor = CaseHidden.class)
public class ProgressPages {

    private final CaseParticipation cases;
    private final ProgressReadModel reads;
    private final ProgressUpdates updates;
    private final PostingRule rule;
    private final UserDirectory users;
    private final ProgressClock clock;

    ProgressPages(CaseParticipation cases, ProgressReadModel reads, ProgressUpdates updates, PostingRule rule,
            UserDirectory users, ProgressClock clock) {
        this.cases = cases;
        this.reads = reads;
        this.updates = updates;
        this.rule = rule;
        this.users = users;
        this.clock = clock;
    }

    /** @throws CaseHidden when the user may not see the case */
    public ProgressView view(CurrentUser user, long caseId) {
        CaseSummary summary = cases.visible(user, caseId, "VOORTGANG_BEKEKEN");
        Optional<AgreedRhythm> agreed = reads.agreed(caseId);
        Map<Long, String> names = new HashMap<>();
        List<ProgressUpdate> list = updates.ofCase(caseId).stream()
                .map(u -> new ProgressUpdate(u.id(), ProgressClock.local(u.postedAt()),
                        names.computeIfAbsent(u.authorUserId(), this::name), u.text(), u.onBehalfOf()))
                .toList();
        boolean mayPost = rule.mayPost(user, summary);
        String external = reads.regiehouderWithoutAccount(caseId).orElse(null);
        return new ProgressView(caseId, mayPost, agreed.map(AgreedRhythm::rhythm).orElse(null),
                agreed.map(AgreedRhythm::nextDue).orElse(null),
                summary.status() == CaseStatus.IN_UITVOERING && agreed.map(a -> a.late(clock.today())).orElse(false), list,
                external, mayPost && external != null && rule.isCoordinator(user, summary));
    }

    private String name(long userId) {
        return users.find(userId).map(UserContact::displayName).orElse("?");
    }
}
