package io.gloss.detect;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The starter registry grown to any size with invented organisations named the way armed groups are:
 * "Popular Front for the Liberation of Karazomi", "Ansar al-Tuveni", "Народный фронт «Каразоми»". Their
 * words ("National", "Front", "of", "the") are everyday news words, so the text keeps walking into the
 * trie, as it would with a real registry of thousands of names.
 */
final class GeneratedRegistry {

    private static final String[] ADJECTIVES = {"Islamic", "Popular", "Revolutionary", "National", "Democratic",
        "United", "Free", "Patriotic", "Arab", "Holy", "Armed", "Independent", "Socialist", "People's"};
    private static final String[] NOUNS = {"Front", "Army", "Movement", "Brigades", "Party", "Council", "Union",
        "Resistance", "Alliance", "League", "Legion", "Battalion", "Committee", "Organisation", "Forces", "Guard"};
    private static final String[] RUSSIAN_ADJECTIVES = {"Исламский", "Народный", "Революционный", "Национальный",
        "Демократический", "Объединенный", "Свободный", "Патриотический", "Арабский", "Священный"};
    private static final String[] RUSSIAN_NOUNS = {"фронт", "совет", "союз", "легион", "батальон", "альянс",
        "комитет", "джамаат"};
    private static final String[][] SYLLABLES = {{"ka", "ка"}, {"ra", "ра"}, {"zo", "зо"}, {"mi", "ми"},
        {"tu", "ту"}, {"be", "бе"}, {"sha", "ша"}, {"lo", "ло"}, {"ni", "ни"}, {"da", "да"}, {"vo", "во"},
        {"ge", "ге"}, {"ha", "ха"}, {"ri", "ри"}, {"su", "су"}, {"ta", "та"}, {"ze", "зе"}, {"mo", "мо"},
        {"ku", "ку"}, {"fa", "фа"}};

    private GeneratedRegistry() {
    }

    static List<DetectableOrganization> withSize(int size) {
        List<DetectableOrganization> registry = new ArrayList<>(ShippedOrganizations.first(15));
        Random random = new Random(20_260_101L);
        Set<String> places = new LinkedHashSet<>();
        while (registry.size() < size) {
            String[] place = place(random);
            if (places.add(place[0])) {
                registry.add(organization(registry.size(), place, random));
            }
        }
        return registry;
    }

    private static DetectableOrganization organization(int number, String[] place, Random random) {
        String adjective = pick(ADJECTIVES, random);
        String noun = pick(NOUNS, random);
        String primary = switch (number % 4) {
            case 0 -> adjective + " " + noun + " of " + place[0];
            case 1 -> "Popular " + noun + " for the Liberation of " + place[0];
            case 2 -> "Ansar al-" + place[0];
            default -> place[0] + " " + noun;
        };
        String russianAdjective = pick(RUSSIAN_ADJECTIVES, random);
        String russianNoun = pick(RUSSIAN_NOUNS, random);
        List<OrganizationName> names = List.of(
                new OrganizationName("en", NameKind.PRIMARY, primary),
                new OrganizationName("en", NameKind.ALIAS, noun + " of " + place[0]),
                new OrganizationName("en", NameKind.ABBREVIATION, initials(adjective, noun, place[0])),
                new OrganizationName("ru", NameKind.PRIMARY, russianAdjective + " " + russianNoun + " «" + place[1] + "»"),
                new OrganizationName("ru", NameKind.ABBREVIATION, initials(russianAdjective, russianNoun, place[1])));
        List<LookAlike> lookAlikes = number % 20 == 0 ? List.of(new LookAlike("en", place[0] + " FC")) : List.of();
        return new DetectableOrganization("generated-" + number, names, lookAlikes);
    }

    /** A made-up place name in Latin and Cyrillic letters, two to four syllables long. */
    private static String[] place(Random random) {
        StringBuilder latin = new StringBuilder();
        StringBuilder cyrillic = new StringBuilder();
        for (int i = 2 + random.nextInt(3); i > 0; i--) {
            String[] syllable = SYLLABLES[random.nextInt(SYLLABLES.length)];
            latin.append(syllable[0]);
            cyrillic.append(syllable[1]);
        }
        return new String[] {capitalise(latin), capitalise(cyrillic)};
    }

    private static String initials(String adjective, String noun, String place) {
        return ("" + adjective.charAt(0) + noun.charAt(0) + place.charAt(0) + place.charAt(1)).toUpperCase();
    }

    private static String capitalise(StringBuilder word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String pick(String[] words, Random random) {
        return words[random.nextInt(words.length)];
    }
}
