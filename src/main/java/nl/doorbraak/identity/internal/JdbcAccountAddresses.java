package nl.doorbraak.identity.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.mail.AccountAddresses;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Active or not, an account's address is one the administrator manages on the user pages anyway. */
@Component
class JdbcAccountAddresses implements AccountAddresses {

    private final JdbcClient jdbc;

    JdbcAccountAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<String> accountsAmong(Collection<String> addresses) {
        Set<String> lower = addresses.stream().map(a -> a.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        if (lower.isEmpty()) {
            return Set.of();
        }
        // uses the unique index on lower(email)
        return Set.copyOf(jdbc.sql("select lower(email) from app_user where lower(email) in (:addresses)")
                .param("addresses", lower).query(String.class).list());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Long> activeAccountOf(String address) {
        return jdbc.sql("select id from app_user where lower(email) = lower(:address) and active")
                .param("address", address.strip()).query(Long.class).optional();
    }
}
