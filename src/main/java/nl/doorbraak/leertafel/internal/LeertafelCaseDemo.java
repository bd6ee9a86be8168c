package nl.doorbraak.leertafel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.casefile.ClosedCaseFacts;
import nl.doorbraak.common.DemoMode;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.themes.Theme;
import nl.doorbraak.themes.ThemeCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo only, Tilburg only, once: twelve anonymous cases at Tilburg's leertafel, brought in by its members through the
 * real service (so each passed the identifier check and is audited), and two of them offered by the coordinator from
 * closed cases through the real offer service. Runs after the members and sessions exist.
 */
@Component
class LeertafelCaseDemo {

    private static final Logger log = LoggerFactory.getLogger(LeertafelCaseDemo.class);
    private static final String REGION = "tilburg";
    private static final String TABLE = "leertafel";

    private final DemoMode demoMode;
    private final LeertafelTables tables;
    private final LeertafelCaseService cases;
    private final CaseOfferService offers;
    private final ClosedCaseFacts closedCases;
    private final ThemeCatalog themes;
    private final UserDirectory users;
    private final JdbcClient jdbc;

    LeertafelCaseDemo(DemoMode demoMode, LeertafelTables tables, LeertafelCaseService cases, CaseOfferService offers,
            ClosedCaseFacts closedCases, ThemeCatalog themes, UserDirectory users, JdbcClient jdbc) {
        this.demoMode = demoMode;
        this.tables = tables;
        this.cases = cases;
        this.offers = offers;
        this.closedCases = closedCases;
        this.themes = themes;
        this.users = users;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(700)
    void bringInCases() {
        if (!demoMode.enabled() || tables.find(REGION, TABLE).isEmpty()) {
            return;
        }
        Map<String, Long> themeIds = themes.activeOf(REGION).stream().collect(Collectors.toMap(Theme::code, Theme::id));
        int brought = there("LID") ? 0 : byMembers(themeIds);
        int offered = there("AFGESLOTEN_CASUS") ? 0 : offerClosedCases(themeIds);
        if (brought + offered > 0) {
            log.info("Demo: {} leertafelcasussen ingebracht door leden, {} aangeboden uit afgesloten casussen",
                    brought, offered);
        }
    }

    private int byMembers(Map<String, Long> themeIds) {
        List<CurrentUser> members = members();
        if (members.isEmpty()) {
            log.info("Demo: de leertafel van Tilburg heeft nog geen leden; zij brengen nog geen casussen in");
            return 0;
        }
        List<Long> brought = new ArrayList<>();
        for (int i = 0; i < LeertafelCaseDemoPatterns.BY_MEMBERS.size(); i++) {
            CurrentUser author = members.get(i % members.size());
            LeertafelCaseDraft draft = draft(LeertafelCaseDemoPatterns.BY_MEMBERS.get(i), themeIds);
            attempt(i, () -> {
                long id = cases.create(author, REGION, TABLE, draft, List.of(), true);
                brought.add(id);
                return id;
            });
        }
        onAgendas(brought);
        return brought.size();
    }

    /**
     * Six cases on the sessions that were held (two each, as the table discussed them then), two on the coming one;
     * appended after the points the sessions already have.
     */
    private void onAgendas(List<Long> caseIds) {
        List<Long> held = jdbc.sql("""
                select id from leertafel_session where region_slug = ? and table_code = ? and status = 'GEHOUDEN'
                order by starts_at""").params(REGION, TABLE).query(Long.class).list();
        List<Long> coming = jdbc.sql("""
                select id from leertafel_session where region_slug = ? and table_code = ? and status = 'GEPLAND'
                  and starts_at > now() at time zone 'Europe/Amsterdam'
                order by starts_at limit 1""").params(REGION, TABLE).query(Long.class).list();
        for (int i = 0; i < caseIds.size(); i++) {
            if (i < 6 && !held.isEmpty()) {
                addToAgenda(held.get(i % held.size()), caseIds.get(i));
            } else if (i >= 6 && i < 8 && !coming.isEmpty()) {
                addToAgenda(coming.get(0), caseIds.get(i));
            }
        }
    }

    private void addToAgenda(long sessionId, long caseId) {
        jdbc.sql("""
                insert into leertafel_agenda_item (session_id, position, kind, leertafel_case_id, minutes)
                values (:session, (select coalesce(max(position) + 1, 0) from leertafel_agenda_item
                                   where session_id = :session), 'CASUS', :case, 15)""")
                .param("session", sessionId).param("case", caseId).update();
    }

    private int offerClosedCases(Map<String, Long> themeIds) {
        CurrentUser coordinator = users.asCurrentUser("coordinator-" + REGION).orElse(null);
        if (coordinator == null) {
            return 0;
        }
        List<Long> closed = new ArrayList<>(closedCases.notYetOffered(coordinator, REGION));
        closed.sort(null);
        int offered = 0;
        for (int i = 0; i < Math.min(closed.size(), LeertafelCaseDemoPatterns.OFFERED.size()); i++) {
            long caseId = closed.get(i);
            LeertafelCaseDraft draft = draft(LeertafelCaseDemoPatterns.OFFERED.get(i), themeIds);
            offered += attempt(i, () -> offers.offer(coordinator, caseId, draft, List.of(), true).leertafelCaseId());
        }
        return offered;
    }

    /** One case; a text the check refuses is left out (the log names only its number, never its text). */
    private static int attempt(int number, java.util.function.LongSupplier create) {
        try {
            create.getAsLong();
            return 1;
        } catch (LeertafelCaseRefused refused) {
            log.warn("Demo: leertafelcasus {} niet ingebracht: {}", number + 1, refused.getMessage());
            return 0;
        }
    }

    private static LeertafelCaseDraft draft(LeertafelCaseDemoPatterns.Pattern p, Map<String, Long> themeIds) {
        Set<Long> chosen = p.themes().stream().map(themeIds::get).filter(Objects::nonNull).collect(Collectors.toSet());
        return new LeertafelCaseDraft(p.title(), p.ageBand(), p.schoolType(), p.sector(), p.outOfSchool(),
                p.process(), null, p.interventions(), chosen, p.situation(), p.question());
    }

    /** Each part of the demo once: the members' cases, and the offered ones. */
    private boolean there(String origin) {
        return jdbc.sql("""
                select exists (select 1 from leertafel_case where region_slug = ? and table_code = ? and origin = ?)""")
                .params(REGION, TABLE, origin).query(Boolean.class).single();
    }

    /** The current members, longest-serving first, as who they are when they bring a case in. */
    private List<CurrentUser> members() {
        return jdbc.sql("""
                select u.username from leertafel_member m join app_user u on u.id = m.user_id
                where m.region_slug = ? and m.table_code = ? and m.until is null order by m.since, m.id""")
                .params(REGION, TABLE).query(String.class).list().stream()
                .map(users::asCurrentUser).flatMap(java.util.Optional::stream).toList();
    }
}
