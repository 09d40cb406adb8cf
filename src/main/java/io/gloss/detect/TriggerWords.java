package io.gloss.detect;

import java.util.List;

/**
 * Words that, next to an abbreviation, say it is an armed or banned group: "HTS fighters",
 * "боевики ИГИЛ", the Russian legal label "ИГИЛ (запрещена в РФ)", "ISIS claimed responsibility". Russian words are listed once and reach their other cases through the stemmer; English
 * words are listed with their plurals because the English stemmer leaves alone any word spelt as in a
 * registry name.
 */
final class TriggerWords {

    static final List<String> ALL = List.of(
            "group", "groups", "militant", "militants", "fighter", "fighters", "terrorist", "terrorists",
            "jihadist", "jihadists", "jihadi", "insurgent", "insurgents", "extremist", "extremists",
            "organisation", "organisations", "organization", "organizations", "movement", "movements",
            "cell", "cells", "member", "members", "supporter", "supporters", "affiliate", "affiliates",
            "affiliated", "banned", "proscribed", "responsibility",
            "группировка", "боевики", "боевик", "террористы", "террорист", "террористическая", "организация",
            "движение", "ячейка", "формирование", "экстремисты", "экстремистская", "джихадисты", "сторонники",
            "члены", "запрещена", "ответственность");

    private TriggerWords() {
    }
}
