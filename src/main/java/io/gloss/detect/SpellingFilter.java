package io.gloss.detect;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Spelling differences that are no difference of name: the possessive ("Hamas's"), apostrophes inside
 * transliterations ("Hay'at" is "Hayat", "Da'esh" is "Daesh") and ё written as е. Runs after case folding.
 */
final class SpellingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offsets = addAttribute(OffsetAttribute.class);

    SpellingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buffer = term.buffer();
        int length = term.length();
        if (length > 2 && buffer[length - 2] == '\'' && buffer[length - 1] == 's') {
            length -= 2;
            // The mention ends before the possessive, so a marker lands after "Hamas" and not after "Hamas's".
            offsets.setOffset(offsets.startOffset(), offsets.endOffset() - 2);
        }
        int kept = 0;
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c != '\'') {
                buffer[kept++] = c == 'ё' ? 'е' : c;
            }
        }
        term.setLength(kept);
        return true;
    }
}
