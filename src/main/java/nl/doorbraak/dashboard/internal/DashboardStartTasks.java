package nl.doorbraak.dashboard.internal;

import java.util.List;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.shell.StartTask;
import nl.doorbraak.shell.StartTaskSource;
import org.springframework.stereotype.Component;

/** The dashboard's tile on the start page: the coordinator's overview with how many signals need attention. */
@Component
class DashboardStartTasks implements StartTaskSource {

    private final Dashboards dashboards;

    DashboardStartTasks(Dashboards dashboards) {
        this.dashboards = dashboards;
    }

    @Override
    public List<StartTask> startTasks(CurrentUser user) {
        if (!user.hasRole(Role.COORDINATOR)) {
            return List.of();
        }
        return List.of(StartTask.link(StartTask.MAIN + 2, "/overzicht", "dashboard.nav", "dashboard.start.description")
                .withCount("dashboard.start.signals", dashboards.attentionCount(user)));
    }
}
