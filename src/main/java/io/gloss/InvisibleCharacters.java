package io.gloss;

/**
 * Characters that change how the text around them is shown while being invisible themselves. In a
 * title or a name, a right-to-left override turns the rest of its line around (a source's name could
 * reverse the names after it) and a zero-width space splits a word no reader sees split. Zero-width
 * joiners and non-joiners stay: emoji and Persian or Indic spelling need them; so do the left-to-right
 * and right-to-left marks, which embed nothing.
 */
public final class InvisibleCharacters {

    private InvisibleCharacters() {
    }

    /** A title or name without bidi embeddings, overrides and isolates, zero-width spaces, word joiners and BOMs. */
    public static String strip(String text) {
        if (text == null || text.chars().noneMatch(InvisibleCharacters::isStripped)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !isStripped(c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    /**
     * Whether a text holds a Unicode format character (general category Cf): RFC 3987 does not allow
     * bidi formatting characters in an address, and no other invisible character belongs in one either.
     */
    public static boolean anyFormatCharacter(String text) {
        return text.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT);
    }

    private static boolean isStripped(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200B || c == 0x2060 || c == 0xFEFF;
    }
}
