package nl.doorbraak.casefile.internal;

import java.util.List;

import nl.doorbraak.common.DemoMode;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.TableType;
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
 * Demo only: a region with a leertafel gets two closed cases when it has none, so its coordinator can offer one to the
 * leertafel (the leertafel demo offers these two). Made through the real services: referred, admitted, planned and
 * closed with a passend aanbod. Runs after the other casefile, planning and verslag demos.
 */
@Component
class DemoClosedCases {

    private static final Logger log = LoggerFactory.getLogger(DemoClosedCases.class);

    private final DemoMode demoMode;
    private final Werkwijzen werkwijzen;
    private final DemoDeciders deciders;
    private final DemoReferral referral;
    private final ReferralService referrals;
    private final TriageService triage;
    private final CasePlanningService planning;
    private final ClosureService closures;
    private final JdbcClient jdbc;

    DemoClosedCases(DemoMode demoMode, Werkwijzen werkwijzen, DemoDeciders deciders, DemoReferral referral,
            ReferralService referrals, TriageService triage, CasePlanningService planning, ClosureService closures,
            JdbcClient jdbc) {
        this.demoMode = demoMode;
        this.werkwijzen = werkwijzen;
        this.deciders = deciders;
        this.referral = referral;
        this.referrals = referrals;
        this.triage = triage;
        this.planning = planning;
        this.closures = closures;
        this.jdbc = jdbc;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(450) // before the knelpunten demo (500), which tags these closed cases too
    void closeTwoWhereALeertafelHasNone() {
        if (!demoMode.enabled()) {
            return;
        }
        int closed = 0;
        for (Werkwijze werkwijze : werkwijzen.all()) {
            boolean leertafel = werkwijze.tables().stream().anyMatch(t -> t.type() == TableType.LEERTAFEL);
            if (leertafel && !hasClosedCase(werkwijze.slug())) {
                closed += closeTwo(werkwijze);
            }
        }
        if (closed > 0) {
            log.info("Demo: {} verzonnen casussen afgesloten met een passend aanbod", closed);
        }
    }

    private int closeTwo(Werkwijze werkwijze) {
        CurrentUser referrer = deciders.user("verwijzer-" + werkwijze.slug()).orElse(null);
        CurrentUser coordinator = deciders.user("coordinator-" + werkwijze.slug()).orElse(null);
        List<CurrentUser> decidedBy = deciders.decidersOf(werkwijze);
        if (referrer == null || coordinator == null || decidedBy.isEmpty()) {
            return 0;
        }
        close(werkwijze, referrer, coordinator, decidedBy, "Afgesloten", 14, OfferType.ONDERWIJS_ZORGARRANGEMENT,
                "Zorgboerderij De Voorbeeldhoeve");
        close(werkwijze, referrer, coordinator, decidedBy, "Afgesloten PO", 9, OfferType.SO_VSO,
                "SO De Voorbeeldboog");
        return 2;
    }

    private void close(Werkwijze werkwijze, CurrentUser referrer, CurrentUser coordinator, List<CurrentUser> decidedBy,
            String label, int age, OfferType offer, String place) {
        long id = referrals.submit(referrer, werkwijze.slug(), null, 0, referral.input(werkwijze, label, age));
        for (CurrentUser decider : decidedBy) {
            triage.decide(decider, id, new TriageInput(true, List.of(0), TriageChoice.TOELATEN,
                    "Voldoet aan de criteria; de school en de jeugdhulp komen er samen niet uit.", true));
        }
        planning.markPlanned(coordinator, id);
        closures.close(coordinator, id, new ClosureInput(OutcomeKind.PASSEND_AANBOD, offer, place, referral.today(),
                null, null));
    }

    private boolean hasClosedCase(String regionSlug) {
        return jdbc.sql("select exists (select 1 from case_file where region_slug = ? and status = 'AFGESLOTEN')")
                .param(regionSlug).query(Boolean.class).single();
    }
}
