package nl.doorbraak.casefile.internal;

import java.time.LocalDate;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The daily limit on possible duplicates per user ({@link ReferralSettings}), kept in PostgreSQL so it holds across
 * instances. Once spent, every submission of that user is refused for the day, with or without a match: refusing
 * only the matching ones would answer the very question the limit protects.
 */
@Component
@EnableConfigurationProperties(ReferralSettings.class)
class DuplicateQuota {

    private final JdbcClient jdbc;
    private final ReferralSettings settings;

    DuplicateQuota(JdbcClient jdbc, ReferralSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /**
     * Whether the user may still submit today; locks the user's row until the transaction ends, so two instances
     * cannot both take the last match. Earlier days of this user are dropped: one row per user at most.
     */
    boolean left(long userId, LocalDate today) {
        jdbc.sql("delete from referral_match_quota where user_id = ? and day < ?").params(userId, today).update();
        jdbc.sql("insert into referral_match_quota (user_id, day) values (?, ?) on conflict do nothing")
                .params(userId, today).update();
        int matches = jdbc.sql("select matches from referral_match_quota where user_id = ? and day = ? for update")
                .params(userId, today).query(Integer.class).single();
        return matches < settings.mogelijkDubbelPerDag();
    }

    /** One more submission of the user matched an open case today; call after {@link #left}, in its transaction. */
    void count(long userId, LocalDate today) {
        jdbc.sql("update referral_match_quota set matches = matches + 1 where user_id = ? and day = ?")
                .params(userId, today).update();
    }

    int limit() {
        return settings.mogelijkDubbelPerDag();
    }
}
