package nl.doorbraak.leertafel.internal;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.shell.StartTask;
import nl.doorbraak.shell.StartTaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The leertafel's tile on the start page: for a member or chair when the next session is, for the region's
 * coordinators how many planned sessions still wait for their invitations. Only for users who reach a leertafel.
 */
@Component
class LeertafelStartTasks implements StartTaskSource {

    private final LeertafelAccess access;
    private final LeertafelHome home;
    private final JdbcClient jdbc;
    private final SessionTime time;

    LeertafelStartTasks(LeertafelAccess access, LeertafelHome home, JdbcClient jdbc, SessionTime time) {
        this.access = access;
        this.home = home;
        this.jdbc = jdbc;
        this.time = time;
    }

    @Override
    public List<StartTask> startTasks(CurrentUser user) {
        if (!(user.hasRole(Role.LEERTAFEL) || user.hasRole(Role.COORDINATOR) || user.hasRole(Role.VOORZITTER))) {
            return List.of();
        }
        List<LeertafelTable> tables = access.reachable(user);
        if (tables.isEmpty()) {
            return List.of();
        }
        StartTask tile = StartTask.link(StartTask.MAIN + 5, "/leertafels", "leertafel.start.title",
                "leertafel.start.description");
        if (user.hasRole(Role.COORDINATOR) && tables.stream().anyMatch(t -> access.manages(user, t))) {
            tile = tile.withCount("leertafel.start.notInvited", notInvited(user, tables));
        } else {
            var next = home.nextSession(user);
            if (next.isPresent()) {
                tile = tile.withCount("leertafel.start.nextInDays",
                        Math.max(0, ChronoUnit.DAYS.between(time.today(), next.get().day())));
            }
        }
        List<StartTask> tasks = new ArrayList<>();
        tasks.add(tile);
        return tasks;
    }

    private long notInvited(CurrentUser user, List<LeertafelTable> tables) {
        return tables.stream().filter(t -> access.manages(user, t)).mapToLong(t -> jdbc.sql("""
                select count(*) from leertafel_session where region_slug = ? and table_code = ?
                  and status = 'GEPLAND' and invited_at is null and starts_at > ?""")
                .params(t.regionSlug(), t.code(), time.wallClock()).query(Long.class).single()).sum();
    }
}
