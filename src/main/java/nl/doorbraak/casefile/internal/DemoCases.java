package nl.doorbraak.casefile.internal;

import java.util.List;
import java.util.Locale;

import nl.doorbraak.common.DemoMode;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.organisation.OrganisationSummary;
import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo only: a coordinator account for every joint decider (e.g. {@code leerplicht-amsterdam}), and, when there are
 * no cases yet, per region a few invented cases in every state reached so far, made through the real services so
 * their timelines and audit entries are real. Regions with a table for single cases get two more admitted cases,
 * which the planning demo puts on a meeting. Runs after the demo accounts exist and before the planning demo.
 */
@Component
class DemoCases {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    private final DemoMode demoMode;
    private final Werkwijzen werkwijzen;
    private final DemoDeciders deciders;
    private final DemoReferral referral;
    private final ReferralService referrals;
    private final TriageService triage;
    private final ConsentWithdrawalService withdrawals;
    private final JdbcClient jdbc;

    DemoCases(DemoMode demoMode, Werkwijzen werkwijzen, DemoDeciders deciders, DemoReferral referral,
            ReferralService referrals, TriageService triage, ConsentWithdrawalService withdrawals, JdbcClient jdbc) {
        this.demoMode = demoMode;
        this.werkwijzen = werkwijzen;
        this.deciders = deciders;
        this.referral = referral;
        this.referrals = referrals;
        this.triage = triage;
        this.withdrawals = withdrawals;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(100)
    void createWhenEmpty() {
        if (!demoMode.enabled()) {
            return;
        }
        werkwijzen.all().forEach(deciders::ensureAccounts);
        if (jdbc.sql("select exists (select 1 from case_file)").query(Boolean.class).single()) {
            return;
        }
        int created = 0;
        for (Werkwijze werkwijze : werkwijzen.all()) {
            created += createFor(werkwijze);
        }
        log.info("Demo: {} verzonnen casussen aangemaakt", created);
    }

    private int createFor(Werkwijze werkwijze) {
        CurrentUser referrer = deciders.user("verwijzer-" + werkwijze.slug()).orElse(null);
        List<CurrentUser> decidedBy = deciders.decidersOf(werkwijze);
        if (referrer == null || decidedBy.isEmpty()) {
            return 0;
        }
        String slug = werkwijze.slug();
        referrals.saveDraft(referrer, slug, null, 0, referral.input(werkwijze, "Concept", 9));
        referrals.submit(referrer, slug, null, 0, referral.input(werkwijze, "Aangemeld", 14));
        decide(decidedBy, referrals.submit(referrer, slug, null, 0, referral.input(werkwijze, "Toegelaten", 15)),
                TriageChoice.TOELATEN, "Voldoet aan de criteria; de school en leerplicht komen er samen niet uit.");
        int extra = hasCaseTable(werkwijze) ? admitForTable(werkwijze, referrer, decidedBy) : 0;
        decide(decidedBy, referrals.submit(referrer, slug, null, 0, referral.input(werkwijze, "Teruggestuurd", 11)),
                TriageChoice.TERUGVERWIJZEN, "Eerst het ondersteuningsteam van de school inzetten; daarna opnieuw aanmelden.");
        decide(decidedBy, referrals.submit(referrer, slug, null, 0, referral.input(werkwijze, "Afgewezen", 17)),
                TriageChoice.AFWIJZEN, "De jongere volgt inmiddels weer onderwijs.");
        long stopped = referrals.submit(referrer, slug, null, 0, referral.input(werkwijze, "Gestopt", 13));
        withdrawals.withdraw(referrer, stopped, referral.today(), "De ouders willen niet verder met de aanmelding.");
        return 6 + extra;
    }

    /** Two more admitted cases: one for a meeting ahead, one for a meeting that took place (see the planning demo). */
    private int admitForTable(Werkwijze werkwijze, CurrentUser referrer, List<CurrentUser> decidedBy) {
        String slug = werkwijze.slug();
        for (String label : List.of("Tafel geweest", "Tafel gepland")) {
            decide(decidedBy, referrals.submit(referrer, slug, null, 0, referral.input(werkwijze, label, 14)),
                    TriageChoice.TOELATEN, "Voldoet aan de criteria; er is al veel geprobeerd zonder resultaat.");
        }
        return 2;
    }

    private static boolean hasCaseTable(Werkwijze werkwijze) {
        return werkwijze.tables().stream().anyMatch(table -> !table.anonymousCasesOnly());
    }

    private void decide(List<CurrentUser> decidedBy, long caseId, TriageChoice choice, String reason) {
        for (CurrentUser decider : decidedBy) {
            triage.decide(decider, caseId, new TriageInput(true, List.of(0), choice, reason, true));
        }
    }

    static String usernameFor(OrganisationType type, String regionSlug) {
        return type.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + regionSlug;
    }

    static boolean hasType(OrganisationSummary organisation, OrganisationType type) {
        return organisation.type() == type && organisation.active();
    }
}
