package nl.doorbraak.anonymity.internal;

/**
 * The eleven test of a burgerservicenummer: 9 × d1 + 8 × d2 + ... + 2 × d8 − 1 × d9 is a multiple of 11 (and not 0).
 * An 8-digit BSN is a 9-digit one with a leading zero.
 */
public final class Elfproef {

    private Elfproef() {
    }

    public static boolean passes(String digits) {
        if (!digits.matches("\\d{8,9}")) {
            return false;
        }
        String nine = digits.length() == 8 ? "0" + digits : digits;
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (9 - i) * (nine.charAt(i) - '0');
        }
        sum -= nine.charAt(8) - '0';
        return sum != 0 && sum % 11 == 0;
    }
}
