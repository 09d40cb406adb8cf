package io.gloss.detect;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.CharFilter;

/**
 * Writes characters a reader cannot tell apart as one, before tokenising, because the tokenizer tells
 * them apart:
 * <ul>
 * <li>every apostrophe look-alike as '. Transliterations use them interchangeably ("Da'esh", "Da’esh",
 * "Daʼesh", "Da`esh") and the tokenizer splits a word at some of them but not at others;</li>
 * <li>a zero-width space (U+200B) as a word joiner (U+2060): the tokenizer splits a word at the first
 * but not at the second, which case folding then drops. As found, "Dae&#x200B;sh" read as Daesh to every
 * reader and was not detected, so a designated name went out unlabelled.</li>
 * </ul>
 * One character for one, so offsets need no correction.
 */
final class SameLookingCharFilter extends CharFilter {

    SameLookingCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = input.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            if (isApostrophe(buffer[i])) {
                buffer[i] = '\'';
            } else if (buffer[i] == '\u200B') {
                buffer[i] = '\u2060';
            }
        }
        return read;
    }

    @Override
    protected int correct(int offset) {
        return offset;
    }

    /** ` ´ ʻ ʼ ʽ ʾ ʿ ‘ ’ ‛ ′ ＇, tested so that plain letters leave after one comparison or two. */
    private static boolean isApostrophe(char c) {
        if (c < '\u2018') {
            return c == '\u0060' || c == '\u00B4' || (c >= '\u02BB' && c <= '\u02BF');
        }
        return c == '\u2018' || c == '\u2019' || c == '\u201B' || c == '\u2032' || c == '\uFF07';
    }
}
