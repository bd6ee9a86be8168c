package nl.doorbraak.shell.internal;

import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.shell.StartTask;
import nl.doorbraak.shell.StartTaskSource;
import org.springframework.stereotype.Component;

/**
 * The tiles of pages without a count: the administrator's management pages, the privacy officer's audit pages
 * and, for everyone, help. Only links: the pages themselves check the role.
 */
@Component
class ShellStartTasks implements StartTaskSource {

    @Override
    public List<StartTask> startTasks(CurrentUser user) {
        List<StartTask> tasks = new ArrayList<>();
        if (user.hasRole(Role.BEHEERDER)) {
            tasks.add(StartTask.link(StartTask.MAIN, "/beheer/gebruikers", "shell.nav.users", "home.card.users"));
            tasks.add(StartTask.link(StartTask.MAIN + 1, "/beheer/organisaties", "shell.nav.organisations",
                    "home.card.organisations"));
            tasks.add(StartTask.link(StartTask.MAIN + 2, "/beheer/regios", "shell.nav.regions", "home.card.regions"));
            tasks.add(StartTask.link(StartTask.MAIN + 3, "/beheer/uitgaande-mail", "mail.nav.outbox",
                    "home.card.outbox"));
        }
        if (user.hasRole(Role.PRIVACY)) {
            tasks.add(StartTask.link(StartTask.MAIN, "/audit", "shell.nav.audit", "home.card.audit"));
            tasks.add(StartTask.link(StartTask.MAIN + 1, "/audit/rechten", "audit.rights.nav", "audit.rights.home"));
        }
        tasks.add(StartTask.link(StartTask.HELP, "/help", "shell.nav.help", "home.card.help"));
        return tasks;
    }
}
