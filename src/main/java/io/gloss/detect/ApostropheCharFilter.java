package io.gloss.detect;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.CharFilter;

/**
 * Writes every apostrophe look-alike as ' before tokenising. Transliterations use them interchangeably
 * ("Da'esh", "Da’esh", "Daʼesh", "Da`esh") and the tokenizer would otherwise split a word at some of
 * them but not at others. One character for one, so offsets need no correction.
 */
final class ApostropheCharFilter extends CharFilter {

    ApostropheCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = input.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            if (isApostrophe(buffer[i])) {
                buffer[i] = '\'';
            }
        }
        return read;
    }

    @Override
    protected int correct(int offset) {
        return offset;
    }

    private static boolean isApostrophe(char c) {
        return switch (c) {
            // ’ ‘ ‛ ʼ ʻ ʽ ʾ ʿ ` ´ ′ ＇
            case '\u2019', '\u2018', '\u201B', '\u02BC', '\u02BB', '\u02BD', '\u02BE', '\u02BF',
                    '\u0060', '\u00B4', '\u2032', '\uFF07' -> true;
            default -> false;
        };
    }
}
