package io.gloss.detect;

/**
 * A phrase found on tokens [first, last) of a text, before overlaps and support are settled.
 * {@code inLowerCase}: a capitalised name found written in lower case.
 */
record Hit(int first, int last, Phrase phrase, boolean inLowerCase) {

    int length() {
        return last - first;
    }

    String organization() {
        return phrase.organization();
    }

    Phrase.Role role() {
        return phrase.role();
    }

    boolean overlaps(Hit other) {
        return first < other.last && other.first < last;
    }

    boolean sameSpanAs(Hit other) {
        return first == other.first && last == other.last;
    }
}
