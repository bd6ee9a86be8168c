package nl.doorbraak.proposals.internal;

import java.util.List;

import nl.doorbraak.anonymity.AnonymityCheck;
import nl.doorbraak.anonymity.IdentifierHit;
import org.springframework.stereotype.Component;

/**
 * Proposals travel into the partners' organisations (the opbrengst), so what is typed must identify no one: each
 * text goes through the one identifier check before anything is stored. A hit is shown with its kind and reason, and
 * must be rewritten; there is no "geen persoonsgegeven" override here: a proposal can always be written without it.
 */
@Component
class IdentifierScreen {

    private final AnonymityCheck check;

    IdentifierScreen(AnonymityCheck check) {
        this.check = check;
    }

    /** The hits in the text, each as the phrase, its kind and the plain-Dutch reason; empty for a clean text. */
    List<IdentifierFound> hits(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return check.check(text).hits().stream().map(hit -> found(text, hit)).toList();
    }

    private static IdentifierFound found(String text, IdentifierHit hit) {
        return new IdentifierFound(hit.in(text), hit.kind().name(), hit.reason());
    }

    /** One hit as the form shows it. */
    public record IdentifierFound(String phrase, String kind, String reason) {
    }
}
