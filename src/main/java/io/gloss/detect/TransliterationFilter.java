package io.gloss.detect;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the differences between the ways English, French and German newsrooms (and scholars) write
 * Arabic, Persian and Pashto names in Latin letters, so that one registry spelling finds the others:
 * Hezbollah, Hizbollah, Hisbollah and Hezb'allah are one word, as are Daesh and Daech, al-Qaida and
 * Al Qaeda, Jihad and Dschihad, Taliban and Taleban, Hayat and Haiat. The rules are those of the
 * transliteration systems themselves, not a list of names:
 * <ul>
 * <li>consonants: German dsch, French dj and Russian-style dzh are j; German sch and French ch are sh;
 * kh is h; q and ck are k; z is s (German writes the s sound of "Hisbollah");</li>
 * <li>vowels: Arabic has three, which the systems write as a; e, i or y; o or u (and French ou). So e, y
 * and i fold to i, o and ou to u; a stays a. The vowel of one system that another writes as a (Jebhat,
 * Jabhat) is not folded: that would make half the English vocabulary one word;</li>
 * <li>doubled letters are single (Shabaab, Hizballah), and a word-final h after a vowel is dropped
 * (Nusrah).</li>
 * </ul>
 * Apostrophes (ʿayn, hamza) are gone before this filter runs. Only words of four or more plain Latin
 * letters are folded: short words carry too little to fold safely, and abbreviations are matched as
 * written anyway. Registry names and text both go through it, so a fold can only merge two spellings
 * that differ in these ways; that innocent words merge with a registry name this way is what the
 * look-alike corpus in the tests checks.
 */
final class TransliterationFilter extends TokenFilter {

    static final int MIN_LENGTH = 4;

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StringBuilder folded = new StringBuilder(32);

    TransliterationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (isPlainLatin(term.buffer(), term.length())) {
            fold(term.buffer(), term.length(), folded);
            term.setEmpty().append(folded);
        }
        return true;
    }

    private static boolean isPlainLatin(char[] buffer, int length) {
        if (length < MIN_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (buffer[i] < 'a' || buffer[i] > 'z') {
                return false;
            }
        }
        return true;
    }

    /** The folded form of a lower-case word of plain Latin letters. */
    static String fold(String word) {
        StringBuilder out = new StringBuilder();
        fold(word.toCharArray(), word.length(), out);
        return out.toString();
    }

    private static void fold(char[] w, int length, StringBuilder out) {
        out.setLength(0);
        int i = 0;
        while (i < length) {
            char c = w[i];
            char folded;
            int used = 1;
            if (startsWith(w, length, i, "dsch")) {
                folded = 'j';
                used = 4;
            } else if (startsWith(w, length, i, "dzh")) {
                folded = 'j';
                used = 3;
            } else if (startsWith(w, length, i, "dj")) {
                folded = 'j';
                used = 2;
            } else if (startsWith(w, length, i, "sch")) {
                out.append("sh");
                i += 3;
                continue;
            } else if (startsWith(w, length, i, "ch") || startsWith(w, length, i, "sh")) {
                out.append("sh");
                i += 2;
                continue;
            } else if (startsWith(w, length, i, "kh")) {
                folded = 'h';
                used = 2;
            } else if (startsWith(w, length, i, "ck")) {
                folded = 'k';
                used = 2;
            } else if (startsWith(w, length, i, "ou")) {
                folded = 'u';
                used = 2;
            } else {
                folded = switch (c) {
                    case 'q' -> 'k';
                    case 'z' -> 's';
                    case 'e', 'y' -> 'i';
                    case 'o' -> 'u';
                    default -> c;
                };
            }
            // Doubled letters, also where the doubling appears only after folding (Hezb'allah, "ii").
            if (out.isEmpty() || out.charAt(out.length() - 1) != folded) {
                out.append(folded);
            }
            i += used;
        }
        int last = out.length() - 1;
        if (last > 1 && out.charAt(last) == 'h' && isVowel(out.charAt(last - 1))) {
            out.setLength(last);
        }
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'i' || c == 'u';
    }

    private static boolean startsWith(char[] w, int length, int at, String prefix) {
        if (at + prefix.length() > length) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (w[at + k] != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
