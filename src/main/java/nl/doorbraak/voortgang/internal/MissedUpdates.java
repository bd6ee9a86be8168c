package nl.doorbraak.voortgang.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily missed-update job: a case in execution without a progress update within the agreed period (one day of
 * grace) since the last update or the finalising is signalled to its regiehouder and the region's coordinators,
 * once per missed period (voortgang_gemist).
 */
@Service
public class MissedUpdates {

    private final ProgressReadModel reads;
    private final JdbcClient jdbc;
    private final ProgressMail mail;
    private final UserDirectory users;
    private final ProgressClock clock;

    MissedUpdates(ProgressReadModel reads, JdbcClient jdbc, ProgressMail mail, UserDirectory users,
            ProgressClock clock) {
        this.reads = reads;
        this.jdbc = jdbc;
        this.mail = mail;
        this.users = users;
        this.clock = clock;
    }

    /** @return how many cases were signalled */
    @Transactional
    public int signal() {
        LocalDate today = clock.today();
        int signalled = 0;
        for (AgreedRhythm agreed : reads.inExecutionWithRhythm()) {
            LocalDate dueOn = agreed.missedDueOn(today);
            if (dueOn != null && record(agreed.caseId(), dueOn)) {
                Set<Long> to = new LinkedHashSet<>(reads.regiehouders(agreed.caseId()));
                users.withRoleInRegion(Role.COORDINATOR, agreed.regionSlug()).stream().map(UserContact::id)
                        .forEach(to::add);
                mail.send(to, "VOORTGANG_GEMIST", "missed", "/casussen/" + agreed.caseId() + "/voortgang");
                signalled++;
            }
        }
        return signalled;
    }

    private boolean record(long caseId, LocalDate dueOn) {
        return jdbc.sql("""
                insert into voortgang_gemist (case_id, due_on, signalled_at) values (?, ?, ?)
                on conflict do nothing""").params(caseId, dueOn, clock.now().atOffset(java.time.ZoneOffset.UTC))
                .update() == 1;
    }
}
