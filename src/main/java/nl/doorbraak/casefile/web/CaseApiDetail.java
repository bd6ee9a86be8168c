package nl.doorbraak.casefile.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.casefile.internal.CaseClocks;
import nl.doorbraak.casefile.internal.CaseDetails;
import nl.doorbraak.casefile.internal.CaseEventType;
import nl.doorbraak.casefile.internal.CaseDurations;
import nl.doorbraak.casefile.internal.CaseOutcome;
import nl.doorbraak.casefile.internal.CaseView;
import nl.doorbraak.casefile.internal.ClosurePanel;
import nl.doorbraak.casefile.internal.ClosureReason;
import nl.doorbraak.casefile.internal.DayCount;
import nl.doorbraak.casefile.internal.OfferType;
import nl.doorbraak.casefile.internal.OutcomeKind;
import nl.doorbraak.casefile.internal.ConsentMethod;
import nl.doorbraak.casefile.internal.ConsentRecord;
import nl.doorbraak.casefile.internal.LegalBasis;
import nl.doorbraak.casefile.internal.TimelineEntry;
import nl.doorbraak.casefile.internal.Trigger;
import nl.doorbraak.organisation.SchoolType;
import nl.doorbraak.organisation.Sector;

/** One case as the API shows it to someone who may see it: what the case page shows, minus the guardians. */
@Schema(description = "Een casus: de jongere, de aanleiding en kernvraag, de toestemming, de klokken, de tijdlijn, "
        + "de uitkomst en de doorlooptijden.")
record CaseApiDetail(
        @Schema(example = "1042") long id,
        @Schema(example = "utrecht") String regio,
        @Schema(example = "Utrecht") String regioNaam,
        @Schema(example = "AANGEMELD") CaseStatus status,
        Youth jongere,
        Trigger aanleiding,
        LocalDate nietNaarSchoolSinds,
        String beschrijving,
        String kernvraag,
        Referrer aanmelder,
        LegalBasis grondslag,
        @Schema(description = "Leeg als er (nog) geen toestemming is vastgelegd.") ConsentSummary toestemming,
        OffsetDateTime aangemaaktOp,
        OffsetDateTime aangemeldOp,
        OffsetDateTime besluitOp,
        OffsetDateTime gestoptOp,
        Clocks klokken,
        List<TimelineItem> tijdlijn,
        @Schema(description = "Hoe de casus eindigde; leeg zolang hij niet is afgesloten.") Outcome uitkomst,
        Durations doorlooptijden) {

    record Youth(String naam, LocalDate geboortedatum, String gemeente, String school, SchoolType schoolsoort,
            boolean geenSchool, Boolean ingeschreven, Boolean startkwalificatie) {
    }

    record Referrer(String naam, String organisatie, String contact, Sector sector) {
    }

    record ConsentSummary(boolean doorOuder, boolean doorJongere, LocalDate datum, ConsentMethod wijze,
            boolean voorAanmelding, boolean voorDelen,
            @Schema(description = "Datum waarop de toestemming is ingetrokken; leeg als dat niet zo is.")
            LocalDate ingetrokkenOp) {

        static ConsentSummary of(ConsentRecord consent) {
            return new ConsentSummary(consent.byGuardian(), consent.byYouth(), consent.givenOn(), consent.method(),
                    consent.forReferral(), consent.forSharing(), consent.withdrawnOn());
        }
    }

    @Schema(description = "Hoe lang al: dagen sinds de aanmelding, de uiterste tafeldatum en de drie maanden "
            + "van het Thuiszitterspact.")
    record Clocks(Long dagenSindsAanmelding, LocalDate tafelUiterlijkOp, boolean tafelTeLaat, Long dagenNietNaarSchool,
            LocalDate drieMaandenOp, boolean drieMaandenVoorbij) {

        static Clocks of(CaseClocks clocks) {
            return new Clocks(clocks.daysSinceReferral(), clocks.tableDeadline(), clocks.tableOverdue(),
                    clocks.daysOutOfSchool(), clocks.threeMonthMark(), clocks.threeMonthsPassed());
        }
    }

    @Schema(description = "Wat er met de casus gebeurde, oudste eerst.")
    record TimelineItem(OffsetDateTime op, @Schema(description = "Naam van wie het deed.") String door,
            CaseEventType gebeurtenis, String reden) {

        static TimelineItem of(TimelineEntry entry) {
            return new TimelineItem(entry.occurredAt(), entry.actorName(), entry.type(), entry.reason());
        }
    }

    @Schema(description = "De uitkomst: een passend aanbod (soort, plek, begindatum) of een andere reden.")
    record Outcome(OutcomeKind soort, OfferType aanbod, String plek, LocalDate beginOp, ClosureReason reden,
            String toelichting, OffsetDateTime vastgelegdOp) {

        static Outcome of(CaseOutcome outcome) {
            return new Outcome(outcome.kind(), outcome.offerType(), outcome.place(), outcome.startsOn(),
                    outcome.reasonCode(), outcome.explanation(), outcome.recordedAt());
        }
    }

    @Schema(description = "Doorlooptijden in dagen; leeg als een datum er (nog) niet is.")
    record Durations(Long dagenNietNaarSchool, boolean nietNaarSchoolLopend, Long dagenAanmeldingTotEersteTafel,
            Long dagenEersteTafelTotPassendAanbod, int aantalTafels) {

        static Durations of(CaseDurations d) {
            return new Durations(days(d.outOfSchool()), d.outOfSchoolOngoing(), days(d.referralToFirstTable()),
                    days(d.firstTableToOffer()), d.tablesHeld());
        }

        private static Long days(DayCount count) {
            return count == null ? null : count.days();
        }
    }

    static CaseApiDetail of(CaseView view, ClosurePanel closure) {
        CaseDetails c = view.details();
        return new CaseApiDetail(c.id(), c.regionSlug(), view.regionName(), c.status(),
                new Youth(c.youthName(), c.youthBirthDate(), c.municipality(), c.schoolName(), c.schoolType(),
                        c.noSchool(), c.enrolled(), c.startkwalificatie()),
                c.trigger(), c.outOfSchoolSince(), c.description(), c.kernvraag(),
                new Referrer(c.referrerName(), c.referrerOrganisation(), c.referrerContact(), c.sector()),
                c.legalBasis(), view.consent().map(ConsentSummary::of).orElse(null), c.createdAt(), c.submittedAt(),
                c.decidedAt(), c.stoppedAt(), Clocks.of(view.clocks()),
                view.timeline().stream().map(TimelineItem::of).toList(),
                closure.outcome().map(Outcome::of).orElse(null), Durations.of(closure.durations()));
    }
}
