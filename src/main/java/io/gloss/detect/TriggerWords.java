package io.gloss.detect;

import java.util.List;

/**
 * Words that, next to an abbreviation, say it is an armed or banned group: "HTS fighters",
 * "боевики ИГИЛ", the Russian legal label "ИГИЛ (запрещена в РФ)", "ISIS claimed responsibility", and the
 * same words in the languages of the neighbouring press (Ukrainian, Kazakh, German, French). Cyrillic words
 * are listed once and reach their other cases through the Russian stemmer; Latin ones are listed with
 * their plurals because only English plurals are folded, and not for words spelt as in a registry name.
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
            "члены", "запрещена", "ответственность", "признана", "экстремистской", "террористической",
            "батальон", "полк", "легион", "бригада", "штаб", "штабы", "фонд",
            // Ukrainian
            "угруповання", "бойовики", "бойовик", "терористи", "терорист", "терористична", "організація",
            "рух", "осередок", "прихильники", "заборонена", "відповідальність",
            // Kazakh
            "топ", "жасақ", "содырлар", "террористер", "ұйым", "ұйымы", "тыйым",
            // German
            "Miliz", "Terrormiliz", "Gruppe", "Gruppen", "Kämpfer", "Terroristen", "Dschihadisten", "Islamisten",
            "Organisation", "Terrororganisation", "Bewegung", "Anhänger", "Mitglieder", "verboten", "Verantwortung",
            // French
            "groupe", "groupes", "combattants", "terroristes", "djihadistes", "jihadistes", "islamistes",
            "organisation", "mouvement", "membres", "partisans", "interdit", "interdite", "revendiqué", "revendique");

    private TriggerWords() {
    }
}
