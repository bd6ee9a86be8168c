package nl.doorbraak.verslag.internal;

import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.shell.StartTask;
import nl.doorbraak.shell.StartTaskSource;
import org.springframework.stereotype.Component;

/**
 * The verslag's tiles on the start page: the chair's tables ("Mijn tafels", {@link MeetingModeTables}) and a
 * participant's open agreements ("Mijn afspraken", {@link MyAgreementsService}).
 */
@Component
class VerslagStartTasks implements StartTaskSource {

    private final MeetingModeTables tables;
    private final MyAgreementsService agreements;

    VerslagStartTasks(MeetingModeTables tables, MyAgreementsService agreements) {
        this.tables = tables;
        this.agreements = agreements;
    }

    @Override
    public List<StartTask> startTasks(CurrentUser user) {
        List<StartTask> tasks = new ArrayList<>();
        if (user.hasRole(Role.VOORZITTER)) {
            MeetingModeTables.ChairWork work = tables.work(user);
            tasks.add(StartTask.link(StartTask.MAIN, "/verslagen", "verslag.nav", "verslag.start.description")
                    .withCount("verslag.start.upcoming", work.upcomingMeetings())
                    .withCount("verslag.start.toFinalise", work.verslagenToFinalise()));
        }
        if (user.hasRole(Role.DEELNEMER)) {
            tasks.add(StartTask.link(StartTask.MAIN + 1, "/afspraken", "afspraken.nav", "afspraken.start.description")
                    .withCount("afspraken.start.open", agreements.openCount(user)));
        }
        return tasks;
    }
}
