package nl.doorbraak.casefile.internal;

import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.shell.StartTask;
import nl.doorbraak.shell.StartTaskSource;
import org.springframework.stereotype.Component;

/**
 * The casefile's tiles on the start page: the referrer's own cases and new referral, the coordinator's vooroverleg
 * queue, and the case list. The counts are those of the pages' own queries ({@link CaseFiles}), counted, not listed.
 */
@Component
class CaseStartTasks implements StartTaskSource {

    private final CaseFiles cases;

    CaseStartTasks(CaseFiles cases) {
        this.cases = cases;
    }

    @Override
    public List<StartTask> startTasks(CurrentUser user) {
        List<StartTask> tasks = new ArrayList<>();
        if (user.hasRole(Role.COORDINATOR)) {
            tasks.add(StartTask.link(StartTask.MAIN, "/vooroverleg", "casefile.nav.triage", "casefile.home.triage")
                    .withCount("casefile.start.triage.count", cases.countAwaitingTriage(user)));
        }
        if (user.hasRole(Role.VERWIJZER) || user.hasRole(Role.DEELNEMER)) {
            int rank = user.hasRole(Role.VERWIJZER) ? StartTask.MAIN : StartTask.OTHER;
            tasks.add(StartTask.link(rank, "/mijn-casussen", "casefile.nav.myCases", "casefile.home.myCases")
                    .withCount("casefile.start.myCases.count", cases.countInvolvingMe(user)));
        }
        if (CaseAccess.mayRefer(user)) {
            int rank = user.hasRole(Role.VERWIJZER) ? StartTask.MAIN + 1 : StartTask.OTHER + 1;
            tasks.add(StartTask.link(rank, "/aanmeldingen/nieuw", "casefile.nav.newReferral",
                    "casefile.home.newReferral"));
        }
        if (user.hasRole(Role.COORDINATOR) || user.hasRole(Role.VOORZITTER)) {
            tasks.add(StartTask.link(StartTask.OTHER, "/casussen", "casefile.nav.cases", "casefile.start.cases"));
        }
        return tasks;
    }
}
