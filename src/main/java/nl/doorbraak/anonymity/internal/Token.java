package nl.doorbraak.anonymity.internal;

import java.util.Locale;

/** A word of the text with its place; {@code sentenceStart} when its capital may come from the sentence alone. */
public record Token(String text, int start, int end, boolean sentenceStart) {

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Starts with a capital letter (and is not all capitals, which is an abbreviation such as GGD or SWV). */
    public boolean capitalised() {
        return Character.isUpperCase(text.codePointAt(0)) && !acronym();
    }

    public boolean acronym() {
        return text.length() > 1 && text.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && text.chars().filter(Character::isLetter).count() > 1;
    }

    public boolean number() {
        return Character.isDigit(text.charAt(0));
    }
}
