package nl.doorbraak.anonymity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.doorbraak.anonymity.internal.Elfproef;
import org.junit.jupiter.api.Test;

/** The check's behaviour per kind, without Spring. */
class AnonymityCheckTest {

    private final AnonymityCheck check = new AnonymityCheck(List.of());

    private List<String> hits(String text) {
        return hits(check, text);
    }

    static List<String> hits(AnonymityCheck check, String text) {
        return check.check(text).hits().stream().map(h -> h.kind() + ":" + h.in(text)).toList();
    }

    @Test
    void elfproefAcceptsAValidBsnAndRefusesANumberThatFailsIt() {
        assertThat(Elfproef.passes("123456782")).isTrue();
        assertThat(Elfproef.passes("111222333")).isTrue();
        assertThat(Elfproef.passes("123456789")).isFalse();
        assertThat(Elfproef.passes("000000000")).isFalse();
        assertThat(Elfproef.passes("12345678")).isFalse();
    }

    @Test
    void findsABsnWithOrWithoutSpacesAndDotsButNotANumberFailingTheElfproef() {
        assertThat(hits("BSN 123456782.")).containsExactly("BSN:123456782");
        assertThat(hits("nummer 123 456 782 en 1234.56.782")).containsExactly("BSN:123 456 782", "BSN:1234.56.782");
        assertThat(hits("kenmerk 123456789")).isEmpty();
        assertThat(hits("een bedrag van € 111.222.333")).isEmpty();
    }

    @Test
    void findsAnEightDigitBsnOnlyRightAfterTheWordBsn() {
        assertThat(hits("bsn: 12345672")).containsExactly("BSN:12345672");
        assertThat(hits("artikelnummer 12345672")).isEmpty();
    }

    @Test
    void findsDatesInEveryUsualDutchNotation() {
        for (String date : List.of("12-03-2023", "12/3/2023", "12.03.2023", "12 maart 2023", "12 mrt '23", "maart '23",
                "2023-03-12", "maart 2023", "3 mei", "maandag 12 maart")) {
            assertThat(hits("Het gesprek was " + date + " op school.")).as(date).containsExactly("DATUM:" + date);
        }
    }

    @Test
    void leavesDurationsGroupsAgesYearsAndTimesAlone() {
        assertThat(hits("Ze zit sinds drie maanden thuis, al 8 weken niet op school, in groep 7 of klas 2.")).isEmpty();
        assertThat(hits("Hij is 14 jaar, 12 jaar oud, in 2023 gestart, in schooljaar 2023-2024, om 15:00 of 15.30 uur.")).isEmpty();
        assertThat(hits("Volgens art. 5 onder a van de wet, voor € 1.250,00 per maand, voor 9-12 jaar.")).isEmpty();
        assertThat(hits("In maart was er een gesprek.")).isEmpty();
    }

    @Test
    void findsBirthdaysAsBirthDates() {
        assertThat(hits("Ze is geboren op 12-03-2009.")).containsExactly("GEBOORTEDATUM:12-03-2009");
        assertThat(hits("Hij is jarig op 3 mei.")).containsExactly("GEBOORTEDATUM:3 mei");
        assertThat(hits("Hij werd op 12 maart 14 en wilde toen niet meer.")).containsExactly("GEBOORTEDATUM:12 maart 14");
    }

    @Test
    void findsPhoneNumbersButNotPhoneLikeNumbers() {
        for (String phone : List.of("06-12345678", "06 1234 5678", "013-5431234", "013 123 45 67", "+31 6 12345678",
                "0031 6 12345678", "+31 (0)13 1234567", "0800-2000", "+90 532 123 4567")) {
            assertThat(hits("Bel " + phone + " na vieren.")).as(phone).containsExactly("TELEFOON:" + phone);
        }
        assertThat(hits("Dossier 2023/0815, versie 1.0.3, 15:00-16:30, 0,5 fte, lokaal 013.")).isEmpty();
    }

    @Test
    void findsPostcodesEmailAddressesAndUrls() {
        assertThat(hits("Postcode 5038 AB of 5038AB.")).containsExactly("POSTCODE:5038 AB", "POSTCODE:5038AB");
        assertThat(hits("Mail naar info@obs-voorbeeld.nl of kijk op https://www.voorbeeld.nl/team.")).containsExactly(
                "EMAIL:info@obs-voorbeeld.nl", "URL:https://www.voorbeeld.nl/team");
        assertThat(hits("Zie voorbeeldschool.nl/contact en www.jeugdhulp.nl.")).containsExactly(
                "URL:voorbeeldschool.nl/contact", "URL:www.jeugdhulp.nl");
    }

    @Test
    void findsStreetAddressesWithAHouseNumber() {
        assertThat(hits("Het gezin woont aan de Kerkstraat 12a.")).containsExactly("ADRES:Kerkstraat 12a");
        assertThat(hits("Het kantoor is Laan van Nieuw Oost-Indië 3.")).containsExactly("ADRES:Laan van Nieuw Oost-Indië 3");
        assertThat(hits("Ze gaat naar leerweg 3 en is 12 jaar.")).isEmpty();
    }

    @Test
    void leavesWordsThatAreNamesTooAloneInLowerCase() {
        assertThat(hits("Er is weinig hoop. Een bakker in de buurt helpt. De roos in de tuin bloeit.")).isEmpty();
        assertThat(hits("Hoop is er nog. Bakker worden wil hij later. Visser wil hij niet worden.")).isEmpty();
    }

    @Test
    void scoresANameAfterATitleOrFamilyWordHigh() {
        assertThat(hits("Ik sprak mevrouw Bakker en dhr. de Jong.")).containsExactly("NAAM:Bakker", "NAAM:de Jong");
        assertThat(hits("De moeder van Daan belde, en juf Roos ook.")).containsExactly("NAAM:Daan", "NAAM:Roos");
    }

    @Test
    void scoresAFirstNameBesideASurnameAndAListNameInTheSentence() {
        assertThat(hits("Gisteren kwam Mark Visser langs.")).containsExactly("NAAM:Mark Visser");
        assertThat(hits("Sanne gaat niet naar school en Daan van der Berg ook niet.")).containsExactly(
                "NAAM:Sanne", "NAAM:Daan van der Berg");
        assertThat(hits("Daarna belde Bakker terug.")).containsExactly("NAAM:Bakker");
    }

    @Test
    void scoresANameThatIsAWordTooWhenAnAgeOrAPersonsVerbFollowsIt() {
        assertThat(hits("Roos (15) wil niet naar school.")).containsExactly("NAAM:Roos");
        assertThat(hits("Noor wil fotograaf worden.")).containsExactly("NAAM:Noor");
        assertThat(hits("Amber is de kleur van het stoplicht.")).isEmpty();
    }

    @Test
    void findsAListedNameJoinedToANameFoundAndDiminutivesOfFirstNames() {
        assertThat(hits("Jan en Piet zijn de jeugdconsulenten.")).containsExactly("NAAM:Jan", "NAAM:Piet");
        assertThat(hits("Fleur en kleur kwamen terug in zijn tekeningen.")).isEmpty();
        assertThat(hits("Op school noemen ze hem Daantje.")).containsExactly("NAAM:Daantje");
    }

    @Test
    void keepsTheNameBeforeAKnownOrganisationThatFollowsIt() {
        KnownIdentifierSource registry = candidates -> known(candidates, Map.of("lindenhout", IdentifierKind.ORGANISATIE,
                "swv plein 013", IdentifierKind.ORGANISATIE));
        AnonymityCheck withRegistry = new AnonymityCheck(List.of(registry));
        assertThat(hits(withRegistry, "Ik sprak mevrouw Visser van Lindenhout.")).containsExactly(
                "NAAM:Visser", "ORGANISATIE:Lindenhout");
        assertThat(hits(withRegistry, "Het SWV Plein 013 betaalt.")).containsExactly("ORGANISATIE:SWV Plein 013");
    }

    @Test
    void findsAPersonsNameInAListOfParticipantsWithoutTakingRolesOrSentenceStartsForNames() {
        String text = "Deelnemers:\nAnnelieke van der Meer (aanjager)\nGeert Mulders (SWV)\n- Meer zicht op de rollen.";
        assertThat(hits(text)).containsExactly("NAAM:Annelieke van der Meer", "NAAM:Geert Mulders");
        assertThat(hits("Aan tafel: toegangsmedewerker, IB'er, Oco, schoolmaatschappelijk werk.")).isEmpty();
        assertThat(hits("Het is een vast punt voor leerling en ouders. Dit kan de casusmanager zijn.")).isEmpty();
        assertThat(hits("Er is samenwerking tussen de school, het Samenwerkingsverband en de gemeente.")).isEmpty();
    }

    @Test
    void aWordOnceFoundAsANameIsANameEverywhereInTheText() {
        assertThat(hits("We spraken mevrouw Visser. Visser zei dat het beter ging.")).containsExactly(
                "NAAM:Visser", "NAAM:Visser");
    }

    @Test
    void findsSchoolNamesByTheirForm() {
        assertThat(hits("Hij zat op basisschool De Regenboog en daarna op het Koning Willem I College.")).containsExactly(
                "ORGANISATIE:basisschool De Regenboog", "ORGANISATIE:Koning Willem I College");
    }

    @Test
    void knowsWhatTheSourcesKnowAndTheCasesOwnIdentifiers() {
        KnownIdentifierSource registry = candidates -> known(candidates, Map.of("het kwartelnest", IdentifierKind.ORGANISATIE,
                "wil", IdentifierKind.NAAM, "zuleika", IdentifierKind.NAAM));
        AnonymityCheck withSources = new AnonymityCheck(List.of(registry));
        assertThat(hits(withSources, "Zuleika zat op Het Kwartelnest. Wil de school meedenken?")).containsExactly(
                "NAAM:Zuleika", "ORGANISATIE:Het Kwartelnest");
        String text = "In Oisterwijk kreeg Fenna hulp van Lindenhof.";
        assertThat(check.check(text, List.of("Fenna Kuipers", "Oisterwijk", "OBS Lindenhof")).hits())
                .extracting(h -> h.in(text)).containsExactly("Oisterwijk", "Fenna");
    }

    @Test
    void segmentsJoinToTheTextWithTheHitsInPlace() {
        AnonymityResult result = check.check("Bel mevrouw Jansen op 06-12345678 vandaag.");
        assertThat(result.segments().stream().map(TextSegment::text).collect(Collectors.joining()))
                .isEqualTo(result.text());
        assertThat(result.segments()).filteredOn(TextSegment::isHit).extracting(TextSegment::text)
                .containsExactly("Jansen", "06-12345678");
        assertThat(check.check("Niets bijzonders.").clean()).isTrue();
    }

    private static Map<String, IdentifierKind> known(Collection<String> candidates, Map<String, IdentifierKind> all) {
        return candidates.stream().filter(all::containsKey).collect(Collectors.toMap(c -> c, all::get));
    }
}
