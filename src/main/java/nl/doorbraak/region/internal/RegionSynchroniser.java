package nl.doorbraak.region.internal;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.region.Werkwijze;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings table {@code region} and the werkwijze organisations in line with a loaded file, in one transaction
 * per region; a new or changed file (by its SHA-256) is written to the audit log in that same transaction.
 */
class RegionSynchroniser {

    private final JdbcClient jdbc;
    private final OrganisationDirectory organisations;
    private final AuditLog auditLog;
    private final TransactionTemplate transaction;

    RegionSynchroniser(JdbcClient jdbc, OrganisationDirectory organisations, AuditLog auditLog,
            TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.auditLog = auditLog;
        this.transaction = transaction;
    }

    void synchronise(LoadedWerkwijze loaded) {
        transaction.executeWithoutResult(status -> {
            Werkwijze werkwijze = loaded.werkwijze();
            boolean changed = upsertRegion(werkwijze, loaded.sha256());
            organisations.synchroniseFromWerkwijze(werkwijze.slug(), werkwijze.organisationSeeds());
            if (changed) {
                auditLog.record(AuditEvent.of("WERKWIJZE_GELADEN", "REGIO", werkwijze.slug()).withActor("systeem")
                        .withDetails("hash " + loaded.sha256() + " uit " + loaded.file()));
            }
        });
    }

    /** Returns whether the region is new or its file changed since the last start. */
    private boolean upsertRegion(Werkwijze werkwijze, String hash) {
        String previous = jdbc.sql("select config_hash from region where slug = ? for update").param(werkwijze.slug())
                .query(String.class).optional().orElse(null);
        jdbc.sql("""
                insert into region (slug, name, config_hash, loaded_at) values (:slug, :name, :hash, now())
                on conflict (slug) do update set name = excluded.name, config_hash = excluded.config_hash,
                    loaded_at = excluded.loaded_at
                """)
                .param("slug", werkwijze.slug()).param("name", werkwijze.name()).param("hash", hash).update();
        return !hash.equals(previous);
    }
}
