package nl.doorbraak.proposals.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorbraak.anonymity.AnonymityCheck;
import nl.doorbraak.anonymity.IdentifierKind;
import nl.doorbraak.anonymity.KnownIdentifierSource;
import nl.doorbraak.proposals.internal.IdentifierScreen.IdentifierFound;
import org.junit.jupiter.api.Test;

/** The identifier check as proposals use it, without Spring: a partner may be named, a school may not. */
class IdentifierScreenTest {

    private static final KnownIdentifierSource REGISTRY = candidates -> {
        Map<String, IdentifierKind> known = new HashMap<>();
        candidates.stream().filter(c -> c.equals("swv plein 013") || c.equals("basisschool de regenboog"))
                .forEach(c -> known.put(c, IdentifierKind.ORGANISATIE));
        return known;
    };

    private final IdentifierScreen screen = new IdentifierScreen(new AnonymityCheck(List.of(REGISTRY)));

    @Test
    void letsAProposalNameAPartnerOfTheRegistryThatIsNotASchool() {
        assertThat(screen.hits("SWV Plein 013 maakt een terugbelafspraak met de toegang.", Set.of("SWV Plein 013")))
                .extracting(IdentifierFound::phrase).doesNotContain("SWV Plein 013");
    }

    @Test
    void refusesASchoolsNameAndAPhoneNumber() {
        List<IdentifierFound> hits = screen.hits("Op Basisschool De Regenboog belde niemand terug op 06-12345678.",
                Set.of("SWV Plein 013"));

        assertThat(hits).extracting(IdentifierFound::kindLabelKey)
                .contains("anonymity.kind.ORGANISATIE", "anonymity.kind.TELEFOON");
        assertThat(hits).allSatisfy(hit -> assertThat(hit.reason()).isNotBlank());
    }

    @Test
    void findsNothingInAnEmptyText() {
        assertThat(screen.hits("  ", Set.of())).isEmpty();
        assertThat(screen.hits(null, Set.of())).isEmpty();
    }
}
