package nl.doorbraak.identity.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.common.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes app_user with its roles and regions; callers provide the transaction. */
@Repository
class UserRepository {

    private final JdbcClient jdbc;

    UserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EditableUser> find(long id) {
        record Row(long id, String username, String displayName, String email, Long organisationId, boolean active,
                Instant lockedUntil, int failedLogins, int version) { }
        return jdbc.sql("""
                select id, username, display_name, email, organisation_id, active, locked_until, failed_logins, version
                from app_user where id = ?""").param(id).query(Row.class).optional()
                .map(r -> new EditableUser(r.id(), r.username(), r.displayName(), r.email(), r.organisationId(),
                        r.active(), r.lockedUntil(), r.failedLogins(), r.version(), regions(id), roles(id)));
    }

    boolean anyUser() {
        return jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
    }

    boolean usernameTaken(String username, long exceptId) {
        return jdbc.sql("select exists (select 1 from app_user where lower(username) = lower(?) and id <> ?)")
                .params(username, exceptId).query(Boolean.class).single();
    }

    boolean emailTaken(String email, long exceptId) {
        return jdbc.sql("select exists (select 1 from app_user where lower(email) = lower(?) and id <> ?)")
                .params(email, exceptId).query(Boolean.class).single();
    }

    long insert(UserDraft draft, String passwordHash) {
        long id = jdbc.sql("""
                insert into app_user (username, display_name, email, organisation_id, password_hash)
                values (?, ?, ?, ?, ?) returning id""")
                .params(draft.username(), draft.displayName(), draft.email(), draft.organisationId(), passwordHash)
                .query(Long.class).single();
        replaceRolesAndRegions(id, draft);
        return id;
    }

    /** Returns false when someone else changed the user since {@code version} was read. */
    boolean update(long id, int version, UserDraft draft) {
        int updated = jdbc.sql("""
                update app_user set username = ?, display_name = ?, email = ?, organisation_id = ?, version = version + 1
                where id = ? and version = ?""")
                .params(draft.username(), draft.displayName(), draft.email(), draft.organisationId(), id, version)
                .update();
        if (updated == 1) {
            replaceRolesAndRegions(id, draft);
        }
        return updated == 1;
    }

    boolean setActive(long id, int version, boolean active) {
        return jdbc.sql("update app_user set active = ?, version = version + 1 where id = ? and version = ?")
                .params(active, id, version).update() == 1;
    }

    void unlock(long id) {
        jdbc.sql("update app_user set locked_until = null, failed_logins = 0 where id = ?").param(id).update();
    }

    void setPasswordHash(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ?, version = version + 1 where id = ?")
                .params(passwordHash, id).update();
    }

    private void replaceRolesAndRegions(long id, UserDraft draft) {
        jdbc.sql("delete from user_role where user_id = ?").param(id).update();
        jdbc.sql("delete from user_region where user_id = ?").param(id).update();
        draft.roles().forEach(role -> jdbc.sql("insert into user_role (user_id, role) values (?, ?)")
                .params(id, role.name()).update());
        draft.regionSlugs().forEach(region -> jdbc.sql("insert into user_region (user_id, region_slug) values (?, ?)")
                .params(id, region).update());
    }

    private Set<String> regions(long id) {
        return Set.copyOf(jdbc.sql("select region_slug from user_region where user_id = ?").param(id)
                .query(String.class).list());
    }

    private Set<Role> roles(long id) {
        return jdbc.sql("select role from user_role where user_id = ?").param(id).query(String.class).list()
                .stream().map(Role::valueOf).collect(Collectors.toSet());
    }
}
