package io.gloss.detect;

import java.io.IOException;
import java.io.Reader;

import org.apache.lucene.analysis.CharFilter;

/**
 * Writes a zero-width space (U+200B) as a word joiner (U+2060) before tokenising. The tokenizer splits
 * a word at a zero-width space but not at a word joiner, which case folding then drops: as found,
 * "Dae&#x200B;sh" read as Daesh to every reader and was not detected, so a designated name went out
 * unlabelled. One character for one, so offsets need no correction.
 */
final class ZeroWidthSpaceCharFilter extends CharFilter {

    ZeroWidthSpaceCharFilter(Reader input) {
        super(input);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int read = input.read(buffer, offset, length);
        for (int i = offset; i < offset + read; i++) {
            if (buffer[i] == '\u200B') {
                buffer[i] = '\u2060';
            }
        }
        return read;
    }

    @Override
    protected int correct(int offset) {
        return offset;
    }
}
