package nl.doorbraak.proposals.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables proposal, proposal_theme, proposal_organisation and proposal_decision. */
@Repository
class ProposalRepository {

    /** The date of the decision that gave the proposal its status (the latest one recorded). */
    private static final String STATUS_SINCE = """
            coalesce((select d.decided_on from proposal_decision d where d.proposal_id = p.id
                      order by d.recorded_at desc, d.id desc limit 1),
                     (p.created_at at time zone 'Europe/Amsterdam')::date)""";

    private final JdbcClient jdbc;

    ProposalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(LeertafelRef table, ProposalDraft draft, long createdBy, Instant now) {
        long id = jdbc.sql("""
                insert into proposal (region_slug, table_code, kind, title, description, owner_user_id, status,
                                      created_by, created_at)
                values (:region, :table, :kind, :title, :description, :owner, 'INGEDIEND', :by, :now) returning id""")
                .param("region", table.regionSlug()).param("table", table.code()).param("kind", draft.kind().name())
                .param("title", draft.title().strip()).param("description", draft.description().strip())
                .param("owner", draft.ownerUserId()).param("by", createdBy).param("now", Timestamp.from(now))
                .query(Long.class).single();
        draft.themeIds().stream().distinct().forEach(theme -> jdbc.sql(
                "insert into proposal_theme (proposal_id, theme_id) values (?, ?)").params(id, theme).update());
        draft.organisationIds().stream().distinct().forEach(org -> jdbc.sql(
                "insert into proposal_organisation (proposal_id, organisation_id) values (?, ?)").params(id, org).update());
        insertDecision(id, new DecisionDraft(ProposalStatus.INGEDIEND, draft.submittedOn(), null, null), createdBy, now);
        return id;
    }

    /** Moves the proposal on only when it still has the status the decision was made from; false when it moved. */
    boolean move(long proposalId, ProposalStatus from, DecisionDraft decision, long recordedBy, Instant now) {
        int moved = jdbc.sql("update proposal set status = ?, version = version + 1 where id = ? and status = ?")
                .params(decision.status().name(), proposalId, from.name()).update();
        if (moved == 1) {
            insertDecision(proposalId, decision, recordedBy, now);
        }
        return moved == 1;
    }

    private void insertDecision(long proposalId, DecisionDraft decision, long recordedBy, Instant now) {
        jdbc.sql("""
                insert into proposal_decision (proposal_id, status, decided_on, organisation_id, note, recorded_by,
                                               recorded_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(proposalId, decision.status().name(), decision.decidedOn(), decision.organisationId(),
                        blankToNull(decision.note()), recordedBy, Timestamp.from(now))
                .update();
    }

    Optional<StoredProposal> find(long id) {
        return jdbc.sql("""
                select p.*, u.display_name as owner_name from proposal p join app_user u on u.id = p.owner_user_id
                where p.id = ?""").param(id)
                .query((rs, n) -> new StoredProposal(rs.getLong("id"), rs.getString("region_slug"),
                        rs.getString("table_code"), ProposalKind.valueOf(rs.getString("kind")), rs.getString("title"),
                        rs.getString("description"), rs.getLong("owner_user_id"), rs.getString("owner_name"),
                        ProposalStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    /** The table's proposals with one of the statuses (and of the kind, when given), newest first. */
    List<ProposalRow> list(LeertafelRef table, Collection<ProposalStatus> statuses, ProposalKind kind) {
        return jdbc.sql("""
                select p.id, p.kind, p.title, p.status, p.owner_user_id, u.display_name as owner_name,
                       %s as status_since
                from proposal p join app_user u on u.id = p.owner_user_id
                where p.region_slug = :region and p.table_code = :table and p.status in (:statuses)
                  and (cast(:kind as varchar) is null or p.kind = :kind)
                order by p.created_at desc, p.id desc""".formatted(STATUS_SINCE))
                .param("region", table.regionSlug()).param("table", table.code())
                .param("statuses", statuses.stream().map(Enum::name).toList())
                .param("kind", kind == null ? null : kind.name())
                .query((rs, n) -> row(rs)).list();
    }

    /**
     * The proposals of the table that have a decision from {@code from} to {@code to}, or are still open and were
     * made by then (they are being followed up), oldest first.
     */
    List<ProposalRow> decidedBetween(LeertafelRef table, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select p.id, p.kind, p.title, p.status, p.owner_user_id, u.display_name as owner_name,
                       %s as status_since
                from proposal p join app_user u on u.id = p.owner_user_id
                where p.region_slug = :region and p.table_code = :table
                  and (exists (select 1 from proposal_decision d where d.proposal_id = p.id
                               and d.decided_on between :from and :to)
                       or (p.status not in ('INGEVOERD', 'AFGEWEZEN') and exists (select 1 from proposal_decision d
                               where d.proposal_id = p.id and d.decided_on <= :to)))
                order by p.created_at, p.id""".formatted(STATUS_SINCE))
                .param("region", table.regionSlug()).param("table", table.code()).param("from", from).param("to", to)
                .query((rs, n) -> row(rs)).list();
    }

    List<Long> themeIds(long proposalId) {
        return jdbc.sql("select theme_id from proposal_theme where proposal_id = ? order by theme_id")
                .param(proposalId).query(Long.class).list();
    }

    /** The theme ids of each of the proposals. */
    java.util.Map<Long, List<Long>> themeIdsOf(Collection<Long> proposalIds) {
        if (proposalIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<Long, List<Long>> byProposal = new java.util.HashMap<>();
        jdbc.sql("select proposal_id, theme_id from proposal_theme where proposal_id in (:ids) order by theme_id")
                .param("ids", List.copyOf(proposalIds))
                .query((rs, n) -> byProposal.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>())
                        .add(rs.getLong(2)))
                .list();
        return byProposal;
    }

    List<NamedRef> organisations(long proposalId) {
        return jdbc.sql("""
                select o.id, o.name from proposal_organisation po join organisation o on o.id = po.organisation_id
                where po.proposal_id = ? order by o.name""").param(proposalId)
                .query((rs, n) -> new NamedRef(rs.getLong("id"), rs.getString("name"))).list();
    }

    List<DecisionRow> decisions(long proposalId) {
        return jdbc.sql("""
                select d.id, d.proposal_id, d.status, d.decided_on, o.name as organisation_name, d.note,
                       u.display_name as recorded_by, d.recorded_at
                from proposal_decision d join app_user u on u.id = d.recorded_by
                left join organisation o on o.id = d.organisation_id
                where d.proposal_id = ? order by d.recorded_at, d.id""").param(proposalId)
                .query((rs, n) -> decision(rs)).list();
    }

    Optional<LocalDate> lastDecidedOn(long proposalId) {
        return jdbc.sql("select max(decided_on) from proposal_decision where proposal_id = ?").param(proposalId)
                .query(LocalDate.class).optional();
    }

    /** Open proposals the user owns, per leertafel ("region/table" -> count). */
    List<OwnedCount> openOwnedBy(long userId) {
        return jdbc.sql("""
                select region_slug, table_code, count(*) as n from proposal
                where owner_user_id = ? and status not in ('INGEVOERD', 'AFGEWEZEN')
                group by region_slug, table_code order by region_slug, table_code""").param(userId)
                .query((rs, n) -> new OwnedCount(rs.getString("region_slug"), rs.getString("table_code"),
                        rs.getLong("n"))).list();
    }

    record OwnedCount(String regionSlug, String tableCode, long count) {
    }

    private static ProposalRow row(ResultSet rs) throws SQLException {
        return new ProposalRow(rs.getLong("id"), ProposalKind.valueOf(rs.getString("kind")), rs.getString("title"),
                ProposalStatus.valueOf(rs.getString("status")), rs.getObject("status_since", LocalDate.class),
                rs.getLong("owner_user_id"), rs.getString("owner_name"), List.of());
    }

    private static DecisionRow decision(ResultSet rs) throws SQLException {
        return new DecisionRow(rs.getLong("id"), rs.getLong("proposal_id"), ProposalStatus.valueOf(rs.getString("status")),
                rs.getObject("decided_on", LocalDate.class), rs.getString("organisation_name"), rs.getString("note"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
