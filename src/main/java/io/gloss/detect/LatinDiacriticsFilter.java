package io.gloss.detect;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Folds Latin diacritics, so a scholarly "Taḥrīr" or "Shām" is the registry's "Tahrir" and "Sham".
 * Lucene's folding table is one method too large for the JIT to compile; calling it only for tokens that
 * hold an accented Latin letter keeps it off the path of plain English and of Cyrillic.
 */
final class LatinDiacriticsFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private char[] folded = new char[64];

    LatinDiacriticsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (hasAccentedLatin(term.buffer(), term.length())) {
            // Lucene's folding asks for room for four characters per character it reads.
            folded = ArrayUtil.grow(folded, term.length() * 4);
            int length = ASCIIFoldingFilter.foldToASCII(term.buffer(), 0, folded, 0, term.length());
            term.copyBuffer(folded, 0, length);
        }
        return true;
    }

    /** Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional (ḥ, ṣ, ṭ ...). */
    private static boolean hasAccentedLatin(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if ((c >= '\u00C0' && c <= '\u024F') || (c >= '\u1E00' && c <= '\u1EFF')) {
                return true;
            }
        }
        return false;
    }
}
