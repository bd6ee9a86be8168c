package nl.doorbraak.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactAddressTest {

    @ParameterizedTest
    @ValueSource(strings = {"06-12345678", "06 12345678", "+31 6 12345678", "030-1234567", "+31 30 123 4567",
            "+32 2 555 12 12", "naam@school.nl", "ib.coordinator@voorbeeld-college.example"})
    void acceptsWhatDutchProfessionalsTypeAsPhoneOrEmail(String contact) {
        assertThat(ContactAddress.isEmailOrPhone(contact)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bel maar even", "06", "12345", "naam@school", "naam@@school.nl", "naam school.nl",
            "a@b.", "mail: naam@school.nl"})
    void refusesWhatIsNeitherPhoneNorEmail(String contact) {
        assertThat(ContactAddress.isEmailOrPhone(contact)).isFalse();
    }
}
