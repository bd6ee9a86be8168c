package nl.doorbraak.region.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused werkwijze file into a short start-up report that names the file and the field. */
public class WerkwijzeFailureAnalyzer extends AbstractFailureAnalyzer<WerkwijzeException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, WerkwijzeException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Verbeter het bestand " + cause.file() + " (de opbouw staat in werkwijzen/README.md) en start opnieuw.",
                cause);
    }
}
