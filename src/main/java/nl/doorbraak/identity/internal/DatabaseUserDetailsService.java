package nl.doorbraak.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads accounts from the database with their roles and regions; a locked or deactivated account cannot log in. */
@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private static final String ACCOUNT = """
            select id, username, display_name, organisation_id, password_hash, active, locked_until, security_stamp,
                   must_change_password
            from app_user""";

    private record Row(long id, String username, String displayName, Long organisationId, String passwordHash,
            boolean active, Instant lockedUntil, long securityStamp, boolean mustChangePassword) { }

    private final JdbcClient jdbc;
    private final Clock clock;

    DatabaseUserDetailsService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql(ACCOUNT + " where lower(username) = lower(?)").param(username).query(Row.class).optional()
                .map(this::principal).orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    /** The account as it is now, e.g. to refresh the session of someone who just changed their own account. */
    Optional<AccountPrincipal> load(long id) {
        return jdbc.sql(ACCOUNT + " where id = ?").param(id).query(Row.class).optional().map(this::principal);
    }

    private AccountPrincipal principal(Row row) {
        Set<Role> roles = jdbc.sql("select role from user_role where user_id = ?").param(row.id())
                .query(String.class).list().stream().map(Role::valueOf).collect(Collectors.toSet());
        Set<String> regions = Set.copyOf(jdbc.sql("select region_slug from user_region where user_id = ?")
                .param(row.id()).query(String.class).list());
        CurrentUser user = new CurrentUser(row.id(), row.username(), row.displayName(), row.organisationId(), regions, roles);
        boolean locked = LockoutPolicy.isLocked(row.lockedUntil(), clock.instant());
        return new AccountPrincipal(user, row.passwordHash(), row.active(), !locked,
                roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList(),
                row.securityStamp(), row.mustChangePassword());
    }
}
