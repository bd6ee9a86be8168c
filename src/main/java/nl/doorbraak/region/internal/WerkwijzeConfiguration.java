package nl.doorbraak.region.internal;

import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.region.RegionCatalog;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the werkwijzen while the context starts, so a bad file stops the start before the web server serves,
 * and synchronises them to the database before anyone can use {@link Werkwijzen} or {@link RegionCatalog}.
 */
@Configuration(proxyBeanMethods = false)
class WerkwijzeConfiguration {

    @Bean
    @DependsOnDatabaseInitialization
    LoadedWerkwijzen werkwijzen(ResourcePatternResolver resolver, JdbcClient jdbc, OrganisationDirectory organisations,
            AuditLog auditLog, PlatformTransactionManager transactionManager) {
        var loaded = new WerkwijzeLoader().loadAll(resolver);
        var synchroniser = new RegionSynchroniser(jdbc, organisations, auditLog, new TransactionTemplate(transactionManager));
        loaded.forEach(synchroniser::synchronise);
        return new LoadedWerkwijzen(loaded.stream().map(LoadedWerkwijze::werkwijze).toList());
    }

    @Bean
    RegionCatalog regionCatalog(Werkwijzen werkwijzen) {
        return new WerkwijzeRegionCatalog(werkwijzen);
    }
}
