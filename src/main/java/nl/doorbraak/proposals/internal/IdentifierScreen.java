package nl.doorbraak.proposals.internal;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

/** TEMPORARY local compile shim until the anonymity module is on main; never committed. */
@Component
class IdentifierScreen {

    List<IdentifierFound> hits(String text, Set<String> partners) {
        return List.of();
    }

    public record IdentifierFound(String phrase, String kind, String reason) {
    }
}
