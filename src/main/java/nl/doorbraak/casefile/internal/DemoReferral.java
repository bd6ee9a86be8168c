package nl.doorbraak.casefile.internal;

import java.time.LocalDate;

import nl.doorbraak.organisation.Sector;
import nl.doorbraak.region.IntakeRoute;
import nl.doorbraak.region.Werkwijze;
import org.springframework.stereotype.Component;

/** Demo only: an invented, clearly fictional referral for a region. */
@Component
class DemoReferral {

    private final CaseTime time;

    DemoReferral(CaseTime time) {
        this.time = time;
    }

    LocalDate today() {
        return time.today();
    }

    ReferralInput input(Werkwijze werkwijze, String label, int age) {
        LocalDate today = time.today();
        LocalDate birth = today.minusYears(age).minusDays(40L + label.length());
        Sector sector = werkwijze.intakeRoutes().stream().findFirst().map(IntakeRoute::sectors)
                .map(sectors -> sectors.get(0)).orElse(Sector.ANDERS);
        return new ReferralInput("Fictief Kind " + label + " (demo)", birth, werkwijze.municipalities().get(0), null,
                age < 12 ? nl.doorbraak.organisation.SchoolType.PO : nl.doorbraak.organisation.SchoolType.VO, false,
                true, false, new ReferralInput.Guardian("Fictieve Ouder " + label, "ouder@voorbeeld.example"),
                new ReferralInput.Guardian(null, null), Trigger.THUISZITTER, today.minusDays(50L + age * 3L),
                "Verzonnen demo-casus: de jongere gaat al weken niet naar school en de school weet niet meer wat te doen.",
                "Welke school of welk traject past nu bij deze jongere, en wie regelt dat?",
                "Demo Verwijzer", "Demo-organisatie", "verwijzer@demo.doorbraak.example", sector,
                LegalBasis.REGION_DEFAULT,
                new Consent(true, true, today.minusDays(3), ConsentMethod.SCHRIFTELIJK, true, true));
    }
}
