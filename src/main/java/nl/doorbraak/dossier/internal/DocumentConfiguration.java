package nl.doorbraak.dossier.internal;

import java.nio.file.Path;

import jakarta.servlet.MultipartConfigElement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The documents' scanner, their store, and the multipart limit: twice the largest document, so a file somewhat too
 * large still reaches the application, which answers with a Dutch message instead of an error page.
 */
@Configuration
@EnableConfigurationProperties(DocumentSettings.class)
class DocumentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DocumentConfiguration.class);
    private static final long FORM_FIELDS = 64 * 1024;

    @Bean
    VirusScanner virusScanner(DocumentSettings settings) {
        DocumentSettings.Clamd clamd = settings.clamd();
        if (!clamd.configured()) {
            log.info("Documenten: geen virusscanner ingesteld (DOORBRAAK_CLAMD_HOST)");
            return new NoVirusScanner();
        }
        log.info("Documenten: virusscan via clamd op {}:{}", clamd.host(), clamd.port());
        return new ClamdScanner(clamd.host(), clamd.port(), clamd.timeout());
    }

    @Bean
    DocumentStore documentStore(DocumentSettings settings, JdbcClient jdbc) {
        return settings.inDirectory() ? new DirectoryDocumentStore(Path.of(settings.map()))
                : new DatabaseDocumentStore(jdbc);
    }

    @Bean
    MultipartConfigElement multipartConfigElement(DocumentSettings settings) {
        long hardLimit = 2 * settings.maxGrootte().toBytes();
        return new MultipartConfigElement("", hardLimit, hardLimit + FORM_FIELDS, 1024 * 1024);
    }
}
