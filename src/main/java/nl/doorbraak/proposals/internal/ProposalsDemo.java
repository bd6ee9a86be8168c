package nl.doorbraak.proposals.internal;

import java.time.Clock;
import java.time.LocalDate;

import java.util.Map;
import java.util.Optional;

import java.util.stream.Collectors;

import nl.doorbraak.common.DemoMode;
import nl.doorbraak.common.DutchTime;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo only: Tilburg's leertafel gets four proposals in different states (ingediend, in behandeling, aangenomen,
 * ingevoerd), each submitted and followed up through the real service by its owner, with dated decisions in the
 * past, themes from the region's list and organisations from its registry. Runs after the leertafel's members
 * (600) and cases (700) exist; does nothing when the leertafel has proposals already.
 */
@Component
class ProposalsDemo {

    private static final Logger log = LoggerFactory.getLogger(ProposalsDemo.class);
    private static final String REGION = "tilburg";
    private static final String TABLE = "leertafel";

    private final DemoMode demoMode;
    private final JdbcClient jdbc;
    private final ProposalService service;
    private final ProposalChoices choices;
    private final UserDirectory users;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ProposalsDemo(DemoMode demoMode, JdbcClient jdbc, ProposalService service, ProposalChoices choices,
            UserDirectory users, TransactionTemplate transactions, Clock clock) {
        this.demoMode = demoMode;
        this.jdbc = jdbc;
        this.service = service;
        this.choices = choices;
        this.users = users;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(800)
    public void proposeAndFollowUp() {
        if (!demoMode.enabled() || choices.owners(REGION).isEmpty() || hasProposals()) {
            return;
        }
        LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        int made = 0;
        for (DemoProposal proposal : DemoProposals.all(today)) {
            made += transactions.execute(status -> make(proposal)) ? 1 : 0;
        }
        log.info("Demo: {} verzonnen voorstellen voor de leertafel van Tilburg aangemaakt", made);
    }

    private boolean make(DemoProposal p) {
        Optional<CurrentUser> owner = users.asCurrentUser(p.owner()).or(() -> users.asCurrentUser("leertafel-tilburg"));
        if (owner.isEmpty()) {
            return false;
        }
        Map<String, Long> themes = choices.activeThemeCodes(REGION);
        Map<String, Long> organisations = organisationsByCode();
        ProposalDraft draft = new ProposalDraft(p.kind(), p.title(), p.description(),
                p.themes().stream().map(themes::get).filter(id -> id != null).toList(), owner.get().id(),
                p.organisations().stream().map(organisations::get).filter(id -> id != null).toList(), p.submittedOn());
        if (!service.check(owner.get(), REGION, TABLE, draft).clean()) {
            log.warn("Demo: voorstel {} niet aangemaakt: het formulier weigert het", p.title());
            return false;
        }
        long id = service.submit(owner.get(), REGION, TABLE, draft);
        for (DemoProposal.Step step : p.steps()) {
            DecisionDraft decision = new DecisionDraft(step.status(), step.on(),
                    step.organisation() == null ? null : organisations.get(step.organisation()), step.note());
            service.decide(owner.get(), REGION, TABLE, id, decision);
        }
        return true;
    }

    private boolean hasProposals() {
        return jdbc.sql("select count(*) from proposal where region_slug = ? and table_code = ?")
                .params(REGION, TABLE).query(Integer.class).single() > 0;
    }

    private Map<String, Long> organisationsByCode() {
        return jdbc.sql("select code, id from organisation where region_slug = ? and active").param(REGION)
                .query((rs, n) -> Map.entry(rs.getString("code"), rs.getLong("id"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
    }

}
