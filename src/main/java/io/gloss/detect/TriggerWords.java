package io.gloss.detect;

import java.util.List;

/**
 * Words that, next to an abbreviation, say it is an armed or banned group: "HTS fighters",
 * "боевики ИГИЛ". Russian words are listed once and reach their other cases through the stemmer; English
 * words are listed with their plurals because the English stemmer leaves alone any word spelt as in a
 * registry name.
 */
final class TriggerWords {

    static final List<String> ALL = List.of(
            "group", "groups", "militant", "militants", "fighter", "fighters", "terrorist", "terrorists",
            "jihadist", "jihadists", "insurgent", "insurgents", "extremist", "extremists",
            "organisation", "organisations", "organization", "organizations", "movement", "movements",
            "cell", "cells",
            "группировка", "боевики", "боевик", "террористы", "террорист", "террористическая", "организация",
            "движение", "ячейка", "формирование", "экстремисты", "джихадисты");

    private TriggerWords() {
    }
}
