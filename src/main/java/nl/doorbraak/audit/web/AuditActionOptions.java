package nl.doorbraak.audit.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The actions the filter offers: every action with a label in {@code messages/audit.properties}, by its label in the
 * reader's language, sorted; the value stays the code. A code from an old link is kept as it was asked for.
 */
@Component
class AuditActionOptions {

    private static final String PREFIX = "audit.action.";

    /** One choice in the select. */
    record Option(String code, String label) {
    }

    private final MessageSource messages;
    private final List<String> codes;

    AuditActionOptions(MessageSource messages) {
        this.messages = messages;
        this.codes = labelledCodes();
    }

    List<Option> options(Locale locale, String asked) {
        List<Option> options = new ArrayList<>(codes.stream()
                .map(code -> new Option(code, messages.getMessage(PREFIX + code, null, code, locale))).toList());
        Collator collator = Collator.getInstance(locale);
        options.sort(Comparator.comparing(Option::label, collator));
        String code = asked == null ? null : asked.strip().toUpperCase(Locale.ROOT);
        if (code != null && !code.isEmpty() && !codes.contains(code)) {
            options.add(0, new Option(code, code));
        }
        return options;
    }

    private static List<String> labelledCodes() {
        Properties labels = new Properties();
        try (Reader reader = new InputStreamReader(new ClassPathResource("messages/audit.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            labels.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels.stringPropertyNames().stream().filter(key -> key.startsWith(PREFIX))
                .map(key -> key.substring(PREFIX.length())).sorted().toList();
    }
}
