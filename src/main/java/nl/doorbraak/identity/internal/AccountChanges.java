package nl.doorbraak.identity.internal;

import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one place that says "this account changed": it raises the account's security stamp (which every session
 * checks on every request) and publishes {@link AccountChanged}, on which {@link UserSessions} ends the sessions.
 * Callers are the administrator's changes, the lockout and the user's own password change, in their transaction.
 */
@Component
class AccountChanges {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AccountChanges(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    void changed(long userId) {
        jdbc.sql("update app_user set security_stamp = security_stamp + 1 where id = ?").param(userId).update();
        events.publishEvent(new AccountChanged(userId));
    }

    /**
     * A password the administrator set for someone else is for one login only: that person must choose their own.
     * An administrator who sets their own password already chose it.
     */
    void passwordSetByAdministrator(long userId) {
        boolean own = CurrentUsers.current().map(CurrentUser::id).filter(id -> id == userId).isPresent();
        jdbc.sql("update app_user set must_change_password = ? where id = ?").params(!own, userId).update();
        changed(userId);
    }
}
