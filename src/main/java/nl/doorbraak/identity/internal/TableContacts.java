package nl.doorbraak.identity.internal;

import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which user is an organisation's contact for the tables (one per organisation): who comes for it when the whole
 * organisation is invited. Set by the administrator on the user's page, audited.
 */
@Service
@Transactional
public class TableContacts {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    TableContacts(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Whether the user is the contact of the organisation their account works for. */
    @Transactional(readOnly = true)
    public boolean isContact(long userId) {
        return jdbc.sql("""
                select exists (select 1 from organisation_table_contact c join app_user u on u.id = c.user_id
                               where c.user_id = ? and c.organisation_id = u.organisation_id)""")
                .param(userId).query(Boolean.class).single();
    }

    /** Makes the user their organisation's contact (replacing another), or ends it; needs an organisation. */
    public void set(long userId, boolean contact) {
        long organisationId = jdbc.sql("select coalesce(organisation_id, 0) from app_user where id = ?").param(userId)
                .query(Long.class).optional().orElseThrow(() -> new UserChangeRefused(null, "user.notFound"));
        if (organisationId == 0) {
            throw new UserChangeRefused(null, "user.tableContact.noOrganisation");
        }
        if (contact) {
            jdbc.sql("""
                    insert into organisation_table_contact (organisation_id, user_id) values (?, ?)
                    on conflict (organisation_id) do update set user_id = excluded.user_id""")
                    .params(organisationId, userId).update();
        } else {
            jdbc.sql("delete from organisation_table_contact where user_id = ?").param(userId).update();
        }
        audit.record(AuditEvent.of("TAFELCONTACT_GEWIJZIGD", "GEBRUIKER", userId).withDetails(
                (contact ? "contactpersoon" : "geen contactpersoon meer") + " voor de tafels van organisatie "
                        + organisationId));
    }

    /** The organisation's contact: an active user who still works there. */
    @Transactional(readOnly = true)
    Optional<Long> of(long organisationId) {
        return jdbc.sql("""
                select u.id from organisation_table_contact c join app_user u on u.id = c.user_id
                where c.organisation_id = ? and u.organisation_id = c.organisation_id and u.active""")
                .param(organisationId).query(Long.class).optional();
    }

    /**
     * Demo only, while no organisation has a contact: the demo participant of each region becomes the contact of the
     * organisation it works for (in Amsterdam a structural partner). An administrator's later choice stays.
     */
    int demoContacts() {
        return jdbc.sql("""
                insert into organisation_table_contact (organisation_id, user_id)
                select u.organisation_id, u.id from app_user u
                where u.username like 'deelnemer-%' and u.organisation_id is not null and u.active
                  and not exists (select 1 from organisation_table_contact)
                on conflict (organisation_id) do nothing""").update();
    }
}
