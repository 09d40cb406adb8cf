package io.gloss.detect;

import java.io.IOException;
import java.util.Set;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Spelling differences that are no difference of name: the possessive ("Hamas's"), the French and Italian
 * elided article ("l'État islamique", "dell'Isis": the word starts after the apostrophe), apostrophes inside
 * transliterations ("Hay'at" is "Hayat", "Da'esh" is "Daesh") and ё written as е. Runs after case folding.
 */
final class SpellingFilter extends TokenFilter {

    /** Elided words before an apostrophe: French l', d', qu' ... and Italian dell', all', nell' ... */
    private static final Set<String> ELIDED = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu",
            "puisqu", "dell", "all", "dall", "nell", "sull", "coll", "un", "quell");

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
        int from = elided(buffer, length);
        if (from > 0) {
            offsets.setOffset(offsets.startOffset() + from, offsets.endOffset());
        }
        int kept = 0;
        for (int i = from; i < length; i++) {
            char c = buffer[i];
            if (c != '\'') {
                buffer[kept++] = c == 'ё' ? 'е' : c;
            }
        }
        term.setLength(kept);
        return true;
    }

    /** Where the word starts after an elided article, or 0. */
    private static int elided(char[] buffer, int length) {
        for (int i = 1; i <= 6 && i < length - 1; i++) {
            if (buffer[i] == '\'') {
                return ELIDED.contains(new String(buffer, 0, i)) ? i + 1 : 0;
            }
        }
        return 0;
    }
}
