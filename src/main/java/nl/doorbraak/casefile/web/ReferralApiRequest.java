package nl.doorbraak.casefile.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import nl.doorbraak.casefile.internal.Consent;
import nl.doorbraak.casefile.internal.ConsentMethod;
import nl.doorbraak.casefile.internal.LegalBasis;
import nl.doorbraak.casefile.internal.ReferralInput;
import nl.doorbraak.casefile.internal.Trigger;
import nl.doorbraak.common.EmailOrPhone;
import nl.doorbraak.organisation.SchoolType;
import nl.doorbraak.organisation.Sector;

/**
 * The body of POST /api/v1/aanmeldingen: the referral form's fields with Dutch names. Formats here (lengths, like
 * the form); the rules live in ReferralChecks and ConsentRules, which name the form's fields, so
 * {@link #jsonPathOf} maps them back to this body's names.
 */
@Schema(description = "Een aanmelding voor de doorbraaktafel, met de velden van het aanmeldformulier.")
record ReferralApiRequest(
        @Schema(description = "Slug van de regio. Weglaten: de eerste regio van uw account.", example = "utrecht")
        String regio,
        @Schema(description = "true: alleen opslaan als concept (alleen naam en geboortedatum zijn nodig). "
                + "false of weglaten: meteen indienen; dan gelden alle regels van het formulier.", example = "false")
        Boolean concept,
        @Schema(description = "Wordt niet meer gebruikt en genegeerd: of er al een lopende casus voor deze jongere "
                + "is, kijken de coördinatoren na. Het antwoord is hetzelfde met of zonder lopende casus.",
                example = "false", deprecated = true)
        Boolean bevestigDubbel,
        @Valid Youth jongere,
        @Schema(description = "Een of twee ouders of verzorgers; de eerste is verplicht bij indienen.")
        @Size(max = 2, message = "{casefile.api.guardians.tooMany}") List<@Valid Guardian> ouders,
        @Schema(description = "De aanleiding.", example = "THUISZITTER") Trigger aanleiding,
        @Schema(description = "Sinds wanneer de jongere niet (goed) naar school gaat, JJJJ-MM-DD.", example = "2025-09-01")
        LocalDate nietNaarSchoolSinds,
        @Schema(description = "Korte beschrijving van de situatie; alleen wat de tafel nodig heeft.")
        @Size(max = 4000, message = "{referral.tooLong}") String beschrijving,
        @Schema(description = "De vraag die de tafel moet beantwoorden.", example = "Welke school of dagbesteding past?")
        @Size(max = 2000, message = "{referral.tooLong}") String kernvraag,
        @Valid Referrer aanmelder,
        @Schema(description = "Wettelijke grondslag (AVG art. 6).", example = "WETTELIJKE_TAAK") LegalBasis grondslag,
        @Valid ConsentGiven toestemming) {

    @Schema(description = "De jongere.")
    record Youth(
            @Schema(example = "Sam de Vries") @Size(max = 200, message = "{referral.tooLong}") String naam,
            @Schema(description = "JJJJ-MM-DD", example = "2011-03-14") LocalDate geboortedatum,
            @Schema(description = "Gemeente waar de jongere woont; een gemeente van de regio.", example = "Utrecht")
            String gemeente,
            @Schema(description = "Id van de school in Doorbraak, als die bekend is.") Long schoolId,
            @Schema(example = "VO") SchoolType schoolsoort,
            @Schema(description = "true als de jongere geen school heeft; dan vervallen school en schoolsoort.")
            Boolean geenSchool,
            @Schema(description = "Staat de jongere ingeschreven op een school?", example = "true") Boolean ingeschreven,
            @Schema(description = "Heeft de jongere een startkwalificatie (havo, vwo of mbo-2)?", example = "false")
            Boolean startkwalificatie) {
    }

    @Schema(description = "Een ouder of verzorger.")
    record Guardian(
            @Schema(example = "A. de Vries") @Size(max = 200, message = "{referral.tooLong}") String naam,
            @Schema(description = "Telefoon of e-mail.", example = "06-12345678")
            @Size(max = 320, message = "{referral.tooLong}") @EmailOrPhone(name = "referral.name.guardian1Contact")
            String contact) {
    }

    @Schema(description = "Wie aanmeldt. Weggelaten velden vullen we aan uit uw account, net als het formulier.")
    record Referrer(
            @Size(max = 200, message = "{referral.tooLong}") String naam,
            @Size(max = 200, message = "{referral.tooLong}") String organisatie,
            @Schema(description = "Telefoon of e-mail.") @Size(max = 320, message = "{referral.tooLong}")
            @EmailOrPhone(name = "referral.name.referrerContact") String contact,
            @Schema(description = "Uit welke sector u aanmeldt; bepaalt wie de aanmelding ontvangt.", example = "VO")
            Sector sector) {
    }

    @Schema(description = "De toestemming. Tot 12 jaar geeft de ouder toestemming, van 12 tot 16 ouder en jongere "
            + "samen, vanaf 16 de jongere zelf. Ze moet gelden voor de aanmelding en voor het delen met de tafel.")
    record ConsentGiven(
            @Schema(example = "true") Boolean doorOuder,
            @Schema(example = "true") Boolean doorJongere,
            @Schema(description = "JJJJ-MM-DD, niet in de toekomst.", example = "2025-11-03") LocalDate datum,
            @Schema(example = "SCHRIFTELIJK") ConsentMethod wijze,
            @Schema(example = "true") Boolean voorAanmelding,
            @Schema(example = "true") Boolean voorDelen) {
    }

    private static final Map<String, String> JSON_PATHS = Map.ofEntries(
            Map.entry("regionSlug", "regio"),
            Map.entry("youthName", "jongere.naam"),
            Map.entry("youthBirthDate", "jongere.geboortedatum"),
            Map.entry("municipality", "jongere.gemeente"),
            Map.entry("schoolType", "jongere.schoolsoort"),
            Map.entry("enrolled", "jongere.ingeschreven"),
            Map.entry("startkwalificatie", "jongere.startkwalificatie"),
            Map.entry("guardian1Name", "ouders[0].naam"),
            Map.entry("trigger", "aanleiding"),
            Map.entry("outOfSchoolSince", "nietNaarSchoolSinds"),
            Map.entry("description", "beschrijving"),
            Map.entry("kernvraag", "kernvraag"),
            Map.entry("referrerName", "aanmelder.naam"),
            Map.entry("referrerContact", "aanmelder.contact"),
            Map.entry("sector", "aanmelder.sector"),
            Map.entry("legalBasis", "grondslag"),
            Map.entry("consentByGuardian", "toestemming"),
            Map.entry("consentDate", "toestemming.datum"),
            Map.entry("consentMethod", "toestemming.wijze"),
            Map.entry("consentForReferral", "toestemming.voorAanmelding"));

    /** The name in this body of a field the referral rules refused (they name the form's fields). */
    static String jsonPathOf(String formField) {
        return JSON_PATHS.getOrDefault(formField, formField);
    }

    /** The referral as the services take it; referrer fields left out come from {@code account}, as in the form. */
    ReferralInput toInput(ReferralForm account) {
        Youth youth = jongere == null ? new Youth(null, null, null, null, null, null, null, null) : jongere;
        Referrer referrer = aanmelder == null ? new Referrer(null, null, null, null) : aanmelder;
        ConsentGiven consent = toestemming == null ? new ConsentGiven(null, null, null, null, null, null)
                : toestemming;
        boolean noSchool = yes(youth.geenSchool());
        return new ReferralInput(text(youth.naam()), youth.geboortedatum(), text(youth.gemeente()),
                noSchool ? null : youth.schoolId(), noSchool ? null : youth.schoolsoort(), noSchool, youth.ingeschreven(), youth.startkwalificatie(), guardian(0), guardian(1),
                aanleiding, nietNaarSchoolSinds, text(beschrijving), text(kernvraag),
                orElse(text(referrer.naam()), account.getReferrerName()),
                orElse(text(referrer.organisatie()), account.getReferrerOrganisation()),
                orElse(text(referrer.contact()), account.getReferrerContact()),
                orElse(referrer.sector(), account.getSector()), grondslag,
                new Consent(yes(consent.doorOuder()), yes(consent.doorJongere()), consent.datum(), consent.wijze(),
                        yes(consent.voorAanmelding()), yes(consent.voorDelen())));
    }

    /** Only save a draft ({@code concept: true}); otherwise submit. */
    boolean draftOnly() {
        return yes(concept);
    }

    /** Flags left out count as false (Jackson 3 refuses null for primitives, so they are Boolean here). */
    private static boolean yes(Boolean flag) {
        return Boolean.TRUE.equals(flag);
    }

    private ReferralInput.Guardian guardian(int index) {
        if (ouders == null || ouders.size() <= index || ouders.get(index) == null) {
            return new ReferralInput.Guardian(null, null);
        }
        return new ReferralInput.Guardian(text(ouders.get(index).naam()), text(ouders.get(index).contact()));
    }

    private static <T> T orElse(T value, T fallback) {
        return value != null ? value : fallback;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
