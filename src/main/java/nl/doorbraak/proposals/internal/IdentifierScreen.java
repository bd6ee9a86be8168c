package nl.doorbraak.proposals.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.anonymity.AnonymityCheck;
import nl.doorbraak.anonymity.IdentifierHit;
import nl.doorbraak.anonymity.IdentifierKind;
import org.springframework.stereotype.Component;

/**
 * Proposals travel into the partners' organisations (the opbrengst), so what is typed must identify no one: each
 * text goes through the one identifier check before anything is stored. A hit is shown with its kind and reason, and
 * must be rewritten; there is no "geen persoonsgegeven" override here.
 *
 * <p>One exception: a proposal is addressed to organisations, so the name of a partner in the region's registry
 * that is not a school (an SWV, leerplicht, the gemeentelijke toegang) may be written; it identifies no child. A
 * school's name, or an organisation the registry does not know, is still refused.
 */
@Component
class IdentifierScreen {

    private final AnonymityCheck check;

    IdentifierScreen(AnonymityCheck check) {
        this.check = check;
    }

    /** The hits in the text, except the names of {@code partners}; empty for a clean text. */
    List<IdentifierFound> hits(String text, Set<String> partners) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        Set<String> allowed = partners.stream().map(IdentifierScreen::normal).collect(Collectors.toSet());
        return check.check(text).hits().stream()
                .filter(hit -> !(hit.kind() == IdentifierKind.ORGANISATIE && allowed.contains(normal(hit.in(text)))))
                .map(hit -> found(text, hit)).toList();
    }

    private static IdentifierFound found(String text, IdentifierHit hit) {
        return new IdentifierFound(hit.in(text), hit.kind().labelKey(), hit.reason());
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** One hit as the form shows it: the phrase, the message key of its kind's label and the reason. */
    public record IdentifierFound(String phrase, String kindLabelKey, String reason) {
    }
}
