package nl.doorbraak.planning.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code agenda_feed} table and the token format: 32 random bytes, base64url (43 characters). Only the SHA-256
 * is stored and looked up: the token is long and random, so a slow password hash adds nothing, and the lookup by the
 * unique hash gives away nothing about how much of a guess was right.
 */
@Repository
class AgendaFeedTokens {

    private static final Pattern FORMAT = Pattern.compile("^[A-Za-z0-9_-]{43}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    AgendaFeedTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new token for the user, replacing any earlier one (which stops working at once). */
    String renew(long userId) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                insert into agenda_feed (user_id, token_hash) values (?, ?)
                on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = now(), last_read_at = null""")
                .params(userId, hash(token)).update();
        return token;
    }

    boolean revoke(long userId) {
        return jdbc.sql("delete from agenda_feed where user_id = ?").param(userId).update() == 1;
    }

    Optional<OffsetDateTime> createdAt(long userId) {
        return jdbc.sql("select created_at from agenda_feed where user_id = ?").param(userId)
                .query(OffsetDateTime.class).optional();
    }

    /** The owner of the token, noting the read; empty for a malformed, unknown or revoked token. */
    Optional<Long> use(String token) {
        if (token == null || !FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("update agenda_feed set last_read_at = now() where token_hash = ? returning user_id")
                .param(hash(token)).query(Long.class).optional();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
