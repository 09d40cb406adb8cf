package io.gloss.detect;

import java.util.Locale;

/**
 * The analyses the detector has. They differ only in how Latin words are read: English plurals are folded
 * in English articles, Latin words of any other language are left as written. Cyrillic words are read as
 * Russian in every article (see {@link NewsAnalyzer}), so a Russian article needs no analysis of its own.
 */
enum Language {
    ENGLISH, NEUTRAL;

    /** Takes a BCP 47 tag: "en", "en-GB" and "EN" are all English. */
    static Language of(String tag) {
        if (tag == null) {
            return NEUTRAL;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return switch (primary) {
            case "en" -> ENGLISH;
            default -> NEUTRAL;
        };
    }
}
