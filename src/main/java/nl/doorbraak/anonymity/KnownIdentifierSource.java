package nl.doorbraak.anonymity;

import java.util.Collection;
import java.util.Map;

/**
 * Implemented by modules that hold names of persons or organisations (identity: users; casefile: youths and
 * guardians; organisation: the registry), so the check knows every name the system knows without depending on them.
 * An implementation looks the candidates up with an indexed query and never loads all names.
 */
public interface KnownIdentifierSource {

    /**
     * Of the given candidates (capitalised words and phrases of two to six words from the text, lower-cased, single
     * spaces), the ones this module knows, with their kind ({@link IdentifierKind#NAAM} or
     * {@link IdentifierKind#ORGANISATIE}). Candidates it does not know are left out.
     */
    Map<String, IdentifierKind> knownAmong(Collection<String> candidates);
}
