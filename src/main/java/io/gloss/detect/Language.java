package io.gloss.detect;

import java.util.Locale;

/** The analyses the detector has; any language without its own stemmer is read with the neutral one. */
enum Language {
    ENGLISH, RUSSIAN, NEUTRAL;

    /** Takes a BCP 47 tag: "en", "en-GB" and "EN" are all English. */
    static Language of(String tag) {
        if (tag == null) {
            return NEUTRAL;
        }
        String primary = tag.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        return switch (primary) {
            case "en" -> ENGLISH;
            case "ru" -> RUSSIAN;
            default -> NEUTRAL;
        };
    }
}
