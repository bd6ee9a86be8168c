package nl.doorbraak.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.common.DemoMode;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JdbcUserDirectory implements UserDirectory {

    private static final String CONTACT = "select u.id, u.username, u.display_name, u.email, u.organisation_id from app_user u ";

    private final JdbcClient jdbc;
    private final SystemAccounts accounts;
    private final DemoMode demoMode;
    private final TableContacts tableContacts;

    JdbcUserDirectory(JdbcClient jdbc, SystemAccounts accounts, DemoMode demoMode, TableContacts tableContacts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.demoMode = demoMode;
        this.tableContacts = tableContacts;
    }

    @Override
    public List<UserContact> withRoleInRegion(Role role, String regionSlug) {
        return jdbc.sql(CONTACT + """
                join user_role r on r.user_id = u.id and r.role = ?
                join user_region g on g.user_id = u.id and g.region_slug = ?
                where u.active order by u.username""")
                .params(role.name(), regionSlug).query(UserContact.class).list();
    }

    @Override
    public Optional<UserContact> find(long id) {
        return jdbc.sql(CONTACT + "where u.id = ?").param(id).query(UserContact.class).optional();
    }

    @Override
    public Optional<UserContact> tableContactOf(long organisationId) {
        return tableContacts.of(organisationId).flatMap(this::find);
    }

    @Override
    public Optional<CurrentUser> asCurrentUser(String username) {
        return jdbc.sql(CONTACT + "where lower(u.username) = lower(?) and u.active").param(username)
                .query(UserContact.class).optional()
                .map(c -> new CurrentUser(c.id(), c.username(), c.displayName(), c.organisationId(),
                        regionsOf(c.id()), rolesOf(c.id())));
    }

    private Set<String> regionsOf(long id) {
        return Set.copyOf(jdbc.sql("select region_slug from user_region where user_id = ?").param(id)
                .query(String.class).list());
    }

    private Set<Role> rolesOf(long id) {
        return jdbc.sql("select role from user_role where user_id = ?").param(id).query(String.class).list()
                .stream().map(Role::valueOf).collect(Collectors.toSet());
    }

    @Override
    @Transactional
    public boolean ensureDemoAccount(String username, String displayName, Long organisationId, String regionSlug,
            Role role) {
        UserDraft draft = new UserDraft(username, displayName, username + "@demo.doorbraak.example", organisationId,
                Set.of(regionSlug), Set.of(role));
        if (!demoMode.enabled() || accounts.exists(draft)) {
            return false;
        }
        accounts.create(draft, accounts.hash(DemoAccounts.DEMO_PASSWORD), "demo-account");
        return true;
    }
}
