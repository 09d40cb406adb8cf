package io.gloss.detect;

import java.util.List;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The Arabic article is spelt many ways: "al-Nusra", "al Nusra", "an-Nusra" (assimilated before a sun
 * letter), "ан-Нусра", "Аль-Каида", or left out ("Nusra Front"). The detector skips it in names and text
 * alike, so all of these are the same phrase; the word after it keeps the article in its span, so the
 * surface still reads "an-Nusra".
 */
final class ArabicArticles {

    /** Forms that are no English or Russian word on their own, so they count even before a space: "al Qaeda". */
    private static final CharArraySet FREE_STANDING = new CharArraySet(
            List.of("al", "el", "ul", "аль", "ал", "эль", "уль"), false);

    /** Assimilated forms count only when hyphenated: "an", "as" and "at" are everyday English words. */
    private static final CharArraySet HYPHENATED = new CharArraySet(
            List.of("an", "ad", "ar", "as", "ash", "at", "ath", "az", "ud", "ut",
                    "ан", "ад", "ар", "ас", "аш", "ат", "аз", "уд", "ут"), false);

    private ArabicArticles() {
    }

    /**
     * Whether a token (already case-folded) is an article introducing the next word: it must be joined to
     * a letter by a single hyphen or space, so a stray "al" at the end of a sentence stays a word.
     */
    static boolean introducesNextWord(char[] term, int length, String text, int end) {
        if (length > 3 || end + 1 >= text.length() || !Character.isLetter(text.codePointAt(end + 1))) {
            return false;
        }
        char separator = text.charAt(end);
        if (isDash(separator)) {
            return FREE_STANDING.contains(term, 0, length) || HYPHENATED.contains(term, 0, length);
        }
        return isSpace(separator) && FREE_STANDING.contains(term, 0, length);
    }

    private static boolean isDash(char c) {
        return Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
