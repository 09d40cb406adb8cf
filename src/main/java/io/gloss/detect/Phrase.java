package io.gloss.detect;

import java.util.List;

/**
 * A registry name or look-alike as the trie stores it, with each word as the registry writes it: the
 * analysis forgets case, but an abbreviation only matches as written and a capitalised name written in
 * lower case is a different, generic thing ("an Islamic state").
 */
record Phrase(String organization, String name, Role role, List<String> spelling) {

    /** In order of strength: on the same words, a name beats an abbreviation. */
    enum Role { NAME, FORMER_NAME, DERIVED, ABBREVIATION, LOOK_ALIKE }

    /** How the words found in a text compare with the way the registry writes them. */
    enum Fit { AS_WRITTEN, IN_LOWER_CASE, NONE }

    static Phrase of(String organization, OrganizationName name, List<String> spelling) {
        Role role = switch (name.kind()) {
            case PRIMARY, ALIAS -> Role.NAME;
            case FORMER_NAME -> Role.FORMER_NAME;
            case ABBREVIATION -> Role.ABBREVIATION;
            case DERIVED -> Role.DERIVED;
        };
        return new Phrase(organization, name.value(), role, List.copyOf(spelling));
    }

    static Phrase lookAlike(String organization, LookAlike lookAlike, List<String> spelling) {
        return new Phrase(organization, lookAlike.value(), Role.LOOK_ALIKE, List.copyOf(spelling));
    }

    /** Compares the tokens from {@code first} on with this phrase's words. */
    Fit fit(String text, Tokens tokens, int first) {
        return switch (role) {
            case ABBREVIATION -> isExactlyAsWritten(text, tokens, first) ? Fit.AS_WRITTEN : Fit.NONE;
            // A look-alike in any case is still the look-alike: "AL-SHABAB FC" is the football club.
            // Member words are common nouns: "талибы" is as good as "Талибы".
            case LOOK_ALIKE, DERIVED -> Fit.AS_WRITTEN;
            case NAME, FORMER_NAME -> keepsCapitals(text, tokens, first) ? Fit.AS_WRITTEN : Fit.IN_LOWER_CASE;
        };
    }

    private boolean isExactlyAsWritten(String text, Tokens tokens, int first) {
        for (int i = 0; i < spelling.size(); i++) {
            String word = spelling.get(i);
            int start = tokens.wordStart(first + i);
            if (tokens.end(first + i) - start != word.length() || !text.regionMatches(start, word, 0, word.length())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text keeps the name's capitals. Running text writes a name's leading type word in lower
     * case ("легиона «Свобода России»", "the movement «Штабы Навального»"), so the first word may lose its
     * capital as long as some other capital stays; a name all of whose capitals are gone ("исламское
     * государство"), or that loses one after the first word ("an Islamic state"), reads as a generic phrase.
     */
    private boolean keepsCapitals(String text, Tokens tokens, int first) {
        boolean anyCapital = false;
        boolean anyKept = false;
        for (int i = 0; i < spelling.size(); i++) {
            if (startsWithCapital(spelling.get(i), 0)) {
                anyCapital = true;
                boolean kept = startsWithCapital(text, tokens.wordStart(first + i));
                if (!kept && i > 0) {
                    return false;
                }
                anyKept |= kept;
            }
        }
        return !anyCapital || anyKept;
    }

    private static boolean startsWithCapital(String text, int index) {
        int codePoint = text.codePointAt(index);
        return Character.isUpperCase(codePoint) || Character.isTitleCase(codePoint);
    }
}
