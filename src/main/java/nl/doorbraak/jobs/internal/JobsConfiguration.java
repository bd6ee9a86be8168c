package nl.doorbraak.jobs.internal;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import nl.doorbraak.jobs.ExclusiveJobs;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Locks live in the table {@code shedlock} (V19) and use the database's time, so instances' clocks may differ. */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Bean
    ExclusiveJobs exclusiveJobs(DataSource dataSource) {
        return new ShedLockJobs(lockProvider(dataSource));
    }
}
