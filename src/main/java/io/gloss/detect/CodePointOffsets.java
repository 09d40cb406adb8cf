package io.gloss.detect;

/**
 * Turns UTF-16 indexes into code point offsets, which is what the server's selectors count. Remembers
 * where it stopped, so converting the ascending offsets of a text's mentions reads the text once.
 */
final class CodePointOffsets {

    private final String text;
    private int charIndex;
    private int codePoints;

    CodePointOffsets(String text) {
        this.text = text;
    }

    int of(int index) {
        if (index < charIndex) {
            charIndex = 0;
            codePoints = 0;
        }
        codePoints += text.codePointCount(charIndex, index);
        charIndex = index;
        return codePoints;
    }
}
