package nl.doorbraak.anonymity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import nl.doorbraak.anonymity.internal.AddressPatterns;
import nl.doorbraak.anonymity.internal.Candidates;
import nl.doorbraak.anonymity.internal.ContactPatterns;
import nl.doorbraak.anonymity.internal.DatePatterns;
import nl.doorbraak.anonymity.internal.Finding;
import nl.doorbraak.anonymity.internal.KnownIdentifiers;
import nl.doorbraak.anonymity.internal.NameLists;
import nl.doorbraak.anonymity.internal.NameScoring;
import nl.doorbraak.anonymity.internal.NameRepeats;
import nl.doorbraak.anonymity.internal.NumberPatterns;
import nl.doorbraak.anonymity.internal.OrganisationPatterns;
import nl.doorbraak.anonymity.internal.Overlaps;
import nl.doorbraak.anonymity.internal.Reasons;
import nl.doorbraak.anonymity.internal.Token;
import nl.doorbraak.anonymity.internal.Tokens;
import org.springframework.stereotype.Service;

/**
 * The one entry point of the identifier check: everything in a Dutch free text that could identify a person. It
 * never stores, logs or audits the text; callers audit their own action. Works without Spring too:
 * {@code new AnonymityCheck(List.of())}.
 */
@Service
public class AnonymityCheck {

    private final KnownIdentifiers known;
    private final NameLists lists = new NameLists();
    private final NameScoring names = new NameScoring(lists);
    private final Reasons reasons = new Reasons();

    /** {@code sources}: the modules that know names of persons and organisations (none in a pure test). */
    public AnonymityCheck(List<KnownIdentifierSource> sources) {
        this.known = new KnownIdentifiers(sources);
    }

    /** The shipped lists and patterns, and every person and organisation the system knows. */
    public AnonymityResult check(String text) {
        return check(text, Map.of());
    }

    /** As {@link #check(String)}, plus the identifiers of one case (names, school, places), as names or schools. */
    public AnonymityResult check(String text, Collection<String> alsoIdentifying) {
        return check(text, KnownIdentifiers.guessKinds(alsoIdentifying == null ? List.of() : alsoIdentifying));
    }

    /** As {@link #check(String)}, plus the identifiers of one case with their kind. */
    public AnonymityResult check(String text, Map<String, IdentifierKind> alsoIdentifying) {
        Objects.requireNonNull(text, "text to check");
        alsoIdentifying = alsoIdentifying == null ? Map.of() : alsoIdentifying;
        List<Token> tokens = Tokens.of(text);
        List<Finding> findings = new ArrayList<>();
        findings.addAll(ContactPatterns.find(text));
        findings.addAll(NumberPatterns.find(text));
        findings.addAll(DatePatterns.find(text));
        findings.addAll(AddressPatterns.find(text, tokens));
        findings.addAll(OrganisationPatterns.find(text, tokens));
        List<Candidates.Occurrence> candidates = Candidates.of(text, tokens);
        Map<String, IdentifierKind> fromSources = known.known(candidates);
        findings.addAll(KnownIdentifiers.findings(candidates, fromSources));
        findings.addAll(KnownIdentifiers.ofCase(text, alsoIdentifying));
        findings.addAll(names.find(text, tokens, knownNameWords(fromSources)));
        List<Finding> kept = Overlaps.resolve(text, findings);
        kept = Overlaps.resolve(text, NameRepeats.add(text, tokens, kept, lists));
        return new AnonymityResult(text, kept.stream()
                .map(f -> new IdentifierHit(f.start(), f.end(), f.kind(), reasons.of(f))).toList());
    }

    /** The single words that a source knows as a person's name, for the name scoring. */
    private static Set<String> knownNameWords(Map<String, IdentifierKind> fromSources) {
        Set<String> words = new HashSet<>();
        fromSources.forEach((phrase, kind) -> {
            if (kind == IdentifierKind.NAAM && !phrase.contains(" ")) {
                words.add(phrase);
            }
        });
        return words;
    }
}
