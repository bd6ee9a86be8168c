package nl.doorbraak.identity.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;

/**
 * Which passwords are acceptable: at least 12 characters, not the username, not a very common password, and either
 * three of the four character classes or a passphrase of at least 16 characters. Returns message keys, not text.
 */
@Component
public final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int PASSPHRASE_LENGTH = 16;
    /** BCrypt only uses the first 72 bytes; Spring Security refuses longer input. */
    static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = Set.of("welkom123456", "wachtwoord123", "wachtwoord1234",
            "password1234", "password12345", "qwerty123456", "123456789012", "1234567890ab", "welkomwelkom",
            "doorbraak123", "doorbraak2024", "doorbraak2025", "doorbraak2026", "zomer2025!!!", "geheimgeheim",
            "administrator", "beheerder123", "beheerder1234", "qwertyuiop12", "letmein12345", "iloveyou1234");

    public List<String> violations(String username, String password) {
        List<String> violations = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            return List.of("password.policy.required");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            violations.add("password.policy.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            violations.add("password.policy.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.length() >= 3 && lower.contains(username.toLowerCase(Locale.ROOT))) {
            violations.add("password.policy.containsUsername");
        }
        if (COMMON.contains(lower)) {
            violations.add("password.policy.common");
        }
        if (characterClasses(password) < 3 && password.length() < PASSPHRASE_LENGTH) {
            violations.add("password.policy.tooSimple");
        }
        return violations;
    }

    public boolean accepts(String username, String password) {
        return violations(username, password).isEmpty();
    }

    static int characterClasses(String password) {
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
