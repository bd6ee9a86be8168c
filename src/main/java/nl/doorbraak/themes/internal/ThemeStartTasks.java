package nl.doorbraak.themes.internal;

import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.TableType;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import nl.doorbraak.shell.StartTask;
import nl.doorbraak.shell.StartTaskSource;
import org.springframework.stereotype.Component;

/**
 * The trends tile on the start page of policy staff and leertafel users: one per leertafel of their regions, the
 * same reach as {@link ThemesAccess}. No count: the trends are for reading, nothing waits there.
 */
@Component
class ThemeStartTasks implements StartTaskSource {

    private final Werkwijzen werkwijzen;

    ThemeStartTasks(Werkwijzen werkwijzen) {
        this.werkwijzen = werkwijzen;
    }

    @Override
    public List<StartTask> startTasks(CurrentUser user) {
        List<StartTask> tasks = new ArrayList<>();
        if (!user.hasRole(Role.BELEID) && !user.hasRole(Role.LEERTAFEL)) {
            return tasks;
        }
        int rank = user.hasRole(Role.BELEID) ? StartTask.MAIN : StartTask.OTHER;
        for (Werkwijze werkwijze : werkwijzen.all()) {
            if (user.worksInRegion(werkwijze.slug())) {
                werkwijze.tables().stream().filter(t -> t.type() == TableType.LEERTAFEL)
                        .forEach(t -> tasks.add(StartTask.link(rank, "/leertafels/" + werkwijze.slug() + "/" + t.code()
                                + "/trends", "themes.start.title", "themes.start.description")));
            }
        }
        return tasks;
    }
}
