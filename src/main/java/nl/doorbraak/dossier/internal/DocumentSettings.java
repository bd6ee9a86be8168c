package nl.doorbraak.dossier.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * doorbraak.documenten.*: the largest document ({@code max-grootte}, DOORBRAAK_DOCUMENTEN_MAX_GROOTTE), the directory
 * that holds the documents' bytes instead of the database ({@code map}, DOORBRAAK_DOCUMENTEN_MAP; empty: PostgreSQL)
 * and the clamd that scans them ({@code clamd.host}, DOORBRAAK_CLAMD_HOST; empty: no scan).
 */
@ConfigurationProperties("doorbraak.documenten")
public record DocumentSettings(@DefaultValue("10MB") DataSize maxGrootte, @DefaultValue("") String map,
        @DefaultValue Clamd clamd) {

    /** Where clamd listens and how long an answer may take. */
    public record Clamd(@DefaultValue("") String host, @DefaultValue("3310") int port,
            @DefaultValue("10s") Duration timeout) {

        boolean configured() {
            return host != null && !host.isBlank();
        }
    }

    boolean inDirectory() {
        return map != null && !map.isBlank();
    }
}
