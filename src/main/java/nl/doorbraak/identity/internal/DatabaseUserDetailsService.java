package nl.doorbraak.identity.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts from the database; a locked or deactivated account cannot log in. */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;

    DatabaseUserDetailsService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(long id, String username, String passwordHash, boolean active, Instant lockedUntil) { }
        Row row = jdbc.sql("select id, username, password_hash, active, locked_until from app_user where lower(username) = lower(?)")
                .param(username).query(Row.class).optional()
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        List<SimpleGrantedAuthority> authorities = jdbc.sql("select role from user_role where user_id = ?")
                .param(row.id()).query(String.class).list().stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        boolean locked = row.lockedUntil() != null && row.lockedUntil().isAfter(Instant.now());
        return User.withUsername(row.username()).password(row.passwordHash()).authorities(authorities)
                .disabled(!row.active()).accountLocked(locked).build();
    }
}
