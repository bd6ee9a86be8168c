package nl.doorbraak.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format of a personal API token: {@code dbk_<prefix>_<secret>}. The prefix (8 characters, not secret) finds
 * the row and is shown in lists; the secret is 32 random bytes. Only the SHA-256 of the whole token is stored: the
 * secret is random and long, so a slow password hash adds nothing.
 */
final class ApiTokenSecrets {

    private static final String PREFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final int PREFIX_LENGTH = 8;
    private static final int SECRET_BYTES = 32;
    private static final Pattern FORMAT = Pattern.compile("^dbk_([a-z0-9]{8})_[A-Za-z0-9_-]{43}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A newly generated token and its parts. */
    record NewToken(String prefix, String token, String hash) {
    }

    private ApiTokenSecrets() {
    }

    static NewToken generate() {
        StringBuilder prefix = new StringBuilder(PREFIX_LENGTH);
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(RANDOM.nextInt(PREFIX_ALPHABET.length())));
        }
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String token = "dbk_" + prefix + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new NewToken(prefix.toString(), token, hash(token));
    }

    /** The prefix of a well-formed token; empty for anything else. */
    static Optional<String> prefixOf(String token) {
        Matcher matcher = FORMAT.matcher(token);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** Compares in constant time, so the time taken tells nothing about how much of the hash matched. */
    static boolean matches(String token, String storedHash) {
        return MessageDigest.isEqual(hash(token).getBytes(StandardCharsets.US_ASCII),
                storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    /** What a list shows of a token. */
    static String shownPrefix(String prefix) {
        return "dbk_" + prefix + "_…";
    }
}
