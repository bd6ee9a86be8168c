package nl.doorbraak.themes.internal;

import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives every region the start list while the context starts (after the regions are synchronised, before the web
 * server serves), in every mode, not only the demo. A code the region has stays as the region left it: renamed,
 * reordered or deactivated; so this adds only what is missing and changes nothing the second time.
 */
@Component
class StartListSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartListSeeder.class);

    private final Werkwijzen werkwijzen;
    private final ThemeStore themes;
    private final TransactionTemplate transaction;

    StartListSeeder(Werkwijzen werkwijzen, ThemeStore themes, PlatformTransactionManager transactionManager) {
        this.werkwijzen = werkwijzen;
        this.themes = themes;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (Werkwijze werkwijze : werkwijzen.all()) {
            Integer added = transaction.execute(status -> seed(werkwijze.slug()));
            if (added != null && added > 0) {
                log.info("Startlijst knelpunten: {} toegevoegd voor {}", added, werkwijze.slug());
            }
        }
    }

    int seed(String regionSlug) {
        int added = 0;
        for (int i = 0; i < StartList.ITEMS.size(); i++) {
            StartList.Item item = StartList.ITEMS.get(i);
            added += themes.seed(regionSlug, item.code(), item.name(), (i + 1) * 10) ? 1 : 0;
        }
        return added;
    }
}
