package nl.doorbraak.casefile.internal;

import static nl.doorbraak.casefile.internal.CaseAccessTest.REFERRER;
import static nl.doorbraak.casefile.internal.CaseAccessTest.user;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.common.Role;
import org.junit.jupiter.api.Test;

class CaseClosureAccessTest {

    static final long REGIEHOUDER = 12;

    static CaseFacts utrechtCase(CaseStatus status) {
        return new CaseFacts(1, "utrecht", status, REFERRER, Set.of(REFERRER, REGIEHOUDER));
    }

    @Test
    void theRegionsCoordinatorsAndTheRegiehouderClose() {
        CaseFacts running = utrechtCase(CaseStatus.IN_UITVOERING);
        assertThat(CaseAccess.mayClose(user(20, "utrecht", Role.COORDINATOR), running, Set.of())).isTrue();
        assertThat(CaseAccess.mayClose(user(REGIEHOUDER, "utrecht", Role.DEELNEMER), running, Set.of(REGIEHOUDER))).isTrue();
    }

    @Test
    void theReferrerOtherRegionsAndChairsDoNotClose() {
        CaseFacts running = utrechtCase(CaseStatus.IN_UITVOERING);
        assertThat(CaseAccess.mayClose(user(REFERRER, "utrecht", Role.VERWIJZER), running, Set.of(REGIEHOUDER))).isFalse();
        assertThat(CaseAccess.mayClose(user(21, "amsterdam", Role.COORDINATOR), running, Set.of())).isFalse();
        assertThat(CaseAccess.mayClose(user(22, "utrecht", Role.VOORZITTER), running, Set.of())).isFalse();
    }

    @Test
    void draftsAndEndedCasesAreNotClosedByAnyone() {
        for (CaseStatus status : Set.of(CaseStatus.CONCEPT, CaseStatus.GESTOPT, CaseStatus.AFGESLOTEN, CaseStatus.AFGEWEZEN)) {
            assertThat(CaseAccess.mayClose(user(20, "utrecht", Role.COORDINATOR), utrechtCase(status), Set.of())).isFalse();
        }
    }

    @Test
    void onlyTheRegionsCoordinatorsReopenAClosedCase() {
        CaseFacts closed = utrechtCase(CaseStatus.AFGESLOTEN);
        assertThat(CaseAccess.mayReopen(user(20, "utrecht", Role.COORDINATOR), closed)).isTrue();
        assertThat(CaseAccess.mayReopen(user(REGIEHOUDER, "utrecht", Role.DEELNEMER), closed)).isFalse();
        assertThat(CaseAccess.mayReopen(user(21, "amsterdam", Role.COORDINATOR), closed)).isFalse();
        assertThat(CaseAccess.mayReopen(user(20, "utrecht", Role.COORDINATOR), utrechtCase(CaseStatus.GESTOPT))).isFalse();
    }
}
