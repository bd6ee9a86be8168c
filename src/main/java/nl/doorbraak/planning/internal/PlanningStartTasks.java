package nl.doorbraak.planning.internal;

import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.casefile.CasePlanning;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.shell.StartTask;
import nl.doorbraak.shell.StartTaskSource;
import org.springframework.stereotype.Component;

/**
 * Planning's tiles on the start page: the coordinator's admitted cases waiting for a table (as the planning page
 * lists them, by {@link CasePlanning}) and a participant's next meetings (as "Mijn overleggen", by {@link MyMeetings}).
 */
@Component
class PlanningStartTasks implements StartTaskSource {

    private final CasePlanning cases;
    private final MyMeetings meetings;

    PlanningStartTasks(CasePlanning cases, MyMeetings meetings) {
        this.cases = cases;
        this.meetings = meetings;
    }

    @Override
    public List<StartTask> startTasks(CurrentUser user) {
        List<StartTask> tasks = new ArrayList<>();
        if (user.hasRole(Role.COORDINATOR)) {
            tasks.add(StartTask.link(StartTask.MAIN + 1, "/planning", "planning.nav", "planning.start.description")
                    .withCount("planning.start.waiting", cases.countAwaitingTable(user)));
        }
        if (user.hasRole(Role.DEELNEMER)) {
            tasks.add(StartTask.link(StartTask.MAIN, "/mijn-overleggen", "planning.mine.nav",
                    "planning.mine.start.description")
                    .withCount("planning.mine.start.upcoming", meetings.upcomingCount(user)));
        }
        return tasks;
    }
}
