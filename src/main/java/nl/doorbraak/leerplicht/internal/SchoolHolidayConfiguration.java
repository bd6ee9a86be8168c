package nl.doorbraak.leerplicht.internal;

import nl.doorbraak.leerplicht.SchoolHolidays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/**
 * Loads the school holidays once at start. {@code doorbraak.leerplicht.schoolvakanties} may point to another file
 * (e.g. {@code file:/etc/doorbraak/schoolvakanties.csv}) so a municipality can add a new school year without a release.
 */
@Configuration(proxyBeanMethods = false)
class SchoolHolidayConfiguration {

    @Bean
    SchoolHolidays schoolHolidays(
            @Value("${doorbraak.leerplicht.schoolvakanties:classpath:leerplicht/schoolvakanties.csv}") Resource file) {
        return SchoolHolidayFile.read(file);
    }
}
