package nl.doorbraak.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The api_token table. */
@Repository
class ApiTokenRepository {

    /** What authentication needs of a token and its owner. */
    record StoredToken(long id, String prefix, String tokenHash, Instant expiresAt, Instant revokedAt,
            String username, boolean userActive) {
    }

    private final JdbcClient jdbc;

    ApiTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String prefix, String hash, Instant createdAt, Instant expiresAt) {
        return jdbc.sql("""
                insert into api_token (user_id, name, prefix, token_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(userId, name, prefix, hash, Timestamp.from(createdAt), Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    List<ApiTokenListItem> listFor(long userId) {
        return jdbc.sql("""
                select id, name, prefix, created_at, expires_at, last_used_at, revoked_at
                from api_token where user_id = ? order by created_at desc, id desc""")
                .param(userId).query(ApiTokenListItem.class).list();
    }

    Optional<StoredToken> findByPrefix(String prefix) {
        return jdbc.sql("""
                select t.id, t.prefix, t.token_hash, t.expires_at, t.revoked_at, u.username, u.active as user_active
                from api_token t join app_user u on u.id = t.user_id where t.prefix = ?""")
                .param(prefix).query(StoredToken.class).optional();
    }

    /** Revokes the owner's token; false when it is not theirs or already revoked. */
    boolean revoke(long id, long userId, Instant at) {
        return jdbc.sql("update api_token set revoked_at = ? where id = ? and user_id = ? and revoked_at is null")
                .params(Timestamp.from(at), id, userId).update() == 1;
    }

    Optional<String> nameOf(long id, long userId) {
        return jdbc.sql("select name from api_token where id = ? and user_id = ?").params(id, userId)
                .query(String.class).optional();
    }

    void markUsed(long id, Instant at) {
        jdbc.sql("update api_token set last_used_at = ? where id = ?").params(Timestamp.from(at), id).update();
    }
}
