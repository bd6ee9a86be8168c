package nl.doorbraak.leertafel.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.leertafel.LeertafelHidden;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fixed members of a leertafel. Members, the chair and the region's coordinators read the list (names,
 * discipline, sector: they sit there in personal capacity); only the coordinators add members and end memberships.
 * Ending keeps the row (until), so past sessions keep their attendance.
 */
@Service
@Transactional(noRollbackFor = LeertafelHidden.class)
public class Members {

    public static final String VIEWED = "LEERTAFEL_LEDEN_BEKEKEN";
    public static final String ADDED = "LEERTAFEL_LID_TOEGEVOEGD";
    public static final String ENDED = "LEERTAFEL_LID_BEEINDIGD";

    private final LeertafelAccess access;
    private final MemberRepository members;
    private final UserDirectory users;
    private final AuditLog audit;
    private final SessionTime time;

    Members(LeertafelAccess access, MemberRepository members, UserDirectory users, AuditLog audit, SessionTime time) {
        this.access = access;
        this.members = members;
        this.users = users;
        this.audit = audit;
        this.time = time;
    }

    public MembersPage page(CurrentUser user, String region, String tableCode) {
        LeertafelTable table = access.table(user, region, tableCode, VIEWED);
        List<Member> all = members.all(table);
        List<Member> current = all.stream().filter(Member::current).toList();
        boolean manages = access.manages(user, table);
        audit.record(AuditEvent.of(VIEWED, "LEERTAFEL", table.regionSlug() + "/" + table.code())
                .withActor(user.username()).withDetails(current.size() + " leden"));
        return new MembersPage(table, current, all.stream().filter(m -> !m.current()).toList(),
                MemberMix.warnings(current, table.table().fixedMembers()), manages,
                manages ? candidates(table, current) : List.of(), table.table().expertise());
    }

    /** Before any input is looked at: only the region's coordinators change the members. */
    public LeertafelTable managed(CurrentUser user, String region, String tableCode, String action) {
        return access.managed(user, region, tableCode, action);
    }

    public long add(CurrentUser coordinator, String region, String tableCode, MemberDraft draft) {
        LeertafelTable table = access.managed(coordinator, region, tableCode, ADDED);
        List<Member> current = members.current(table);
        if (draft.userId() == null || candidates(table, current).stream().noneMatch(u -> u.id() == draft.userId())) {
            throw new LeertafelRefused("userId", current.stream().anyMatch(m -> draft.userId() != null
                    && m.userId() == draft.userId()) ? "leertafel.members.refused.already" : "leertafel.members.refused.user");
        }
        if (draft.discipline() == null || !table.table().expertise().contains(draft.discipline())) {
            throw new LeertafelRefused("discipline", "leertafel.members.refused.discipline");
        }
        if (draft.sector() == null) {
            throw new LeertafelRefused("sector", "leertafel.members.refused.sector");
        }
        long id = members.insert(table, draft.userId(), draft.discipline(), draft.sector(), time.today(),
                coordinator.id(), time.now());
        audit.record(AuditEvent.of(ADDED, "LEERTAFEL_LID", id).withActor(coordinator.username())
                .withDetails(table.regionSlug() + "/" + table.code() + ", " + draft.sector()));
        return id;
    }

    /** Ends a current membership today (or on the date given, not before it began); the history stays. */
    public void end(CurrentUser coordinator, String region, String tableCode, long memberId, LocalDate until) {
        LeertafelTable table = access.managed(coordinator, region, tableCode, ENDED);
        Member member = members.find(table, memberId).filter(Member::current)
                .orElseThrow(() -> access.hidden(coordinator, "LEERTAFEL_LID", memberId, ENDED));
        LocalDate day = until == null ? time.today() : until;
        if (day.isBefore(member.since())) {
            throw new LeertafelRefused("until", "leertafel.members.refused.untilBeforeSince");
        }
        members.end(memberId, day);
        audit.record(AuditEvent.of(ENDED, "LEERTAFEL_LID", memberId).withActor(coordinator.username())
                .withDetails(table.regionSlug() + "/" + table.code() + " tot " + day));
    }

    /** The region's active LEERTAFEL users who are not a current member. */
    List<UserContact> candidates(LeertafelTable table, List<Member> current) {
        Set<Long> sitting = current.stream().map(Member::userId).collect(Collectors.toSet());
        return users.withRoleInRegion(Role.LEERTAFEL, table.regionSlug()).stream()
                .filter(u -> !sitting.contains(u.id())).toList();
    }

    public List<Member> current(LeertafelTable table) {
        return members.current(table);
    }

    public List<Member> all(LeertafelTable table) {
        return members.all(table);
    }
}
