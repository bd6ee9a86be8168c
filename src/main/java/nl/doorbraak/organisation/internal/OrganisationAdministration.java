package nl.doorbraak.organisation.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.organisation.EscalationContacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, edits and (de)activates organisations, each change audited in the same transaction. */
@Service
@Transactional
public class OrganisationAdministration {

    private static final String OBJECT_TYPE = "ORGANISATIE";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    OrganisationAdministration(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<EditableOrganisation> find(long id) {
        return jdbc.sql("""
                select id, region_slug, code, name, type, school_type, sector, municipality, active, from_werkwijze, version,
                       escalation_contacts
                from organisation where id = ?""").param(id).query(EditableOrganisation.class).optional();
    }

    /** The organisation for its page: its escalation contacts are people's addresses, so the read is audited. */
    public Optional<EditableOrganisation> view(long id) {
        Optional<EditableOrganisation> organisation = find(id);
        organisation.ifPresent(o -> audit.record(AuditEvent.of("ORGANISATIE_BEKEKEN", OBJECT_TYPE, id)));
        return organisation;
    }

    public long create(OrganisationDraft draft) {
        long id = jdbc.sql("""
                insert into organisation (region_slug, name, type, school_type, sector, municipality, escalation_contacts)
                values (:region, :name, :type, :schoolType, :sector, :municipality, :contacts) returning id""")
                .params(parameters(draft)).query(Long.class).single();
        audit.record(AuditEvent.of("ORGANISATIE_AANGEMAAKT", OBJECT_TYPE, id).withDetails(draft.describe()));
        return id;
    }

    /** Werkwijze organisations are read-only here: the werkwijze file would overwrite an edit at the next start. */
    public void update(long id, int version, OrganisationDraft draft) {
        EditableOrganisation current = find(id).orElseThrow(() -> new OrganisationChangeRefused("organisation.notFound"));
        if (current.fromWerkwijze()) {
            throw new OrganisationChangeRefused("organisation.werkwijze.readOnly");
        }
        int updated = jdbc.sql("""
                update organisation set region_slug = :region, name = :name, type = :type, school_type = :schoolType,
                    sector = :sector, municipality = :municipality, escalation_contacts = :contacts,
                    version = version + 1
                where id = :id and version = :version""")
                .params(parameters(draft)).param("id", id).param("version", version).update();
        if (updated == 0) {
            throw new OrganisationChangeRefused("organisation.stale");
        }
        audit.record(AuditEvent.of("ORGANISATIE_GEWIJZIGD", OBJECT_TYPE, id).withDetails(draft.describe()));
    }

    public void setActive(long id, int version, boolean active) {
        int updated = jdbc.sql("update organisation set active = ?, version = version + 1 where id = ? and version = ?")
                .params(active, id, version).update();
        if (updated == 0) {
            throw new OrganisationChangeRefused("organisation.stale");
        }
        audit.record(AuditEvent.of(active ? "ORGANISATIE_GEACTIVEERD" : "ORGANISATIE_GEDEACTIVEERD", OBJECT_TYPE, id));
    }

    private static Map<String, Object> parameters(OrganisationDraft draft) {
        Map<String, Object> values = new HashMap<>();
        values.put("region", draft.regionSlug());
        values.put("name", draft.name().strip());
        values.put("type", draft.type().name());
        values.put("schoolType", draft.schoolType() == null ? null : draft.schoolType().name());
        values.put("sector", draft.sector() == null ? null : draft.sector().name());
        values.put("municipality", draft.municipality());
        values.put("contacts", EscalationContacts.normalise(draft.escalationContacts()));
        return values;
    }
}
