package nl.doorbraak.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void acceptsTwelveCharactersWithThreeCharacterClasses() {
        assertThat(policy.violations("jansen", "Rivier-Brug42")).isEmpty();
    }

    @Test
    void acceptsLongPassphraseWithOnlyLowerCaseLetters() {
        assertThat(policy.violations("jansen", "paarse olifant danst vrolijk")).isEmpty();
    }

    @Test
    void refusesShortPassword() {
        assertThat(policy.violations("jansen", "Kort-1")).contains("password.policy.tooShort");
    }

    @Test
    void refusesEmptyPassword() {
        assertThat(policy.violations("jansen", "")).containsExactly("password.policy.required");
        assertThat(policy.violations("jansen", null)).containsExactly("password.policy.required");
    }

    @Test
    void refusesPasswordContainingTheUsername() {
        assertThat(policy.violations("pietjansen", "PietJansen-2024")).contains("password.policy.containsUsername");
    }

    @Test
    void refusesVeryCommonPasswordWhateverTheCase() {
        assertThat(policy.violations("jansen", "Wachtwoord123")).contains("password.policy.common");
    }

    @Test
    void refusesTwelveCharactersWithOnlyTwoCharacterClasses() {
        assertThat(policy.violations("jansen", "rivierbrug42")).containsExactly("password.policy.tooSimple");
    }

    @Test
    void refusesPasswordsBcryptCannotHandle() {
        assertThat(policy.violations("jansen", "Aa1-" + "x".repeat(70))).contains("password.policy.tooLong");
    }

    @Test
    void theDemoPasswordWouldNotPassThePolicy() {
        assertThat(policy.accepts("beheerder", DemoAccounts.DEMO_PASSWORD)).isFalse();
    }
}
