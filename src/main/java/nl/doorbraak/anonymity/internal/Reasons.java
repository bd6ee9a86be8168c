package nl.doorbraak.anonymity.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The Dutch reasons of the hits, from the bundle {@code messages/anonymity.properties} (keys
 * {@code anonymity.reason.*}). Read straight from the classpath so the check works without Spring; a reason with
 * arguments is a MessageFormat pattern, as Spring's MessageSource reads it.
 */
public final class Reasons {

    private static final String BUNDLE = "messages/anonymity.properties";

    private final Properties texts = new Properties();

    public Reasons() {
        try (InputStream in = Reasons.class.getClassLoader().getResourceAsStream(BUNDLE)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLE + " is missing");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String of(Finding finding) {
        String pattern = texts.getProperty(finding.reasonKey());
        if (pattern == null) {
            throw new IllegalStateException("no reason text for " + finding.reasonKey());
        }
        if (finding.reasonArgs().isEmpty()) {
            return pattern;
        }
        return new MessageFormat(pattern, Locale.forLanguageTag("nl")).format(finding.reasonArgs().toArray());
    }
}
