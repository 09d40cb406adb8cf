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

    /** ` ´ ʻ ʼ ʽ ʾ ʿ ‘ ’ ‛ ′ ＇, tested so that plain letters leave after one comparison or two. */
    private static boolean isApostrophe(char c) {
        if (c < '\u2018') {
            return c == '\u0060' || c == '\u00B4' || (c >= '\u02BB' && c <= '\u02BF');
        }
        return c == '\u2018' || c == '\u2019' || c == '\u201B' || c == '\u2032' || c == '\uFF07';
    }
}
