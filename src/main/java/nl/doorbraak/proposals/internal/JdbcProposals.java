package nl.doorbraak.proposals.internal;

import java.util.List;

import nl.doorbraak.proposals.ProposalSummary;
import nl.doorbraak.proposals.Proposals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link Proposals} straight from the tables; the status date is that of the latest decision. */
@Component
@Transactional(readOnly = true)
class JdbcProposals implements Proposals {

    private final JdbcClient jdbc;

    JdbcProposals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ProposalSummary> openOf(String regionSlug, String tableCode) {
        return jdbc.sql("""
                select p.id, p.kind, p.title, p.status, u.display_name,
                       coalesce((select d.decided_on from proposal_decision d where d.proposal_id = p.id
                                 order by d.recorded_at desc, d.id desc limit 1),
                                (p.created_at at time zone 'Europe/Amsterdam')::date) as status_since
                from proposal p join app_user u on u.id = p.owner_user_id
                where p.region_slug = :region and p.table_code = :table
                  and p.status not in ('INGEVOERD', 'AFGEWEZEN')
                order by p.created_at, p.id""")
                .param("region", regionSlug).param("table", tableCode)
                .query((rs, n) -> new ProposalSummary(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
                        rs.getString("status"), rs.getObject("status_since", java.time.LocalDate.class),
                        rs.getString("display_name")))
                .list();
    }
}
