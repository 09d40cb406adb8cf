package io.gloss.detect;

/** Receives the tokens of one analysed text, in order. */
@FunctionalInterface
interface TokenSink {

    /**
     * @param term      the analysed form; the array is reused, so copy what you keep
     * @param start     UTF-16 index where the token begins, including an Arabic article before it
     * @param wordStart UTF-16 index where the word itself begins
     * @param end       UTF-16 index after the token, before any possessive "'s"
     */
    void accept(char[] term, int length, int start, int wordStart, int end);
}
