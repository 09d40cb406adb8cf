package io.gloss.detect;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds mentions of registry organisations in plain text. Built once per registry version and shared:
 * immutable and safe for any number of threads. Its cost per token does not grow with the registry.
 * The matching rules are in the package documentation.
 */
public final class Detector {

    private final Map<Language, CompiledRegistry> registries;

    private Detector(Map<Language, CompiledRegistry> registries) {
        this.registries = registries;
    }

    public static Detector compile(Collection<DetectableOrganization> organizations) {
        List<DetectableOrganization> registry = List.copyOf(organizations);
        NewsAnalyzer neutral = NewsAnalyzer.neutral();
        Map<Language, CompiledRegistry> registries = new EnumMap<>(Language.class);
        registries.put(Language.NEUTRAL, CompiledRegistry.compile(neutral, registry));
        registries.put(Language.ENGLISH, CompiledRegistry.compile(NewsAnalyzer.english(wordsOf(neutral, registry)), registry));
        return new Detector(registries);
    }

    /**
     * @param language a BCP 47 tag; "en" gets English plurals folded, anything else (or null) leaves Latin
     *                 words as written; Cyrillic words are read as Russian in any article
     */
    public Detection detect(String text, String language) {
        if (text == null || text.isEmpty()) {
            return new Detection(List.of(), List.of());
        }
        CompiledRegistry registry = registries.get(Language.of(language));
        Tokens tokens = registry.tokenize(text);
        return Verdicts.judge(text, tokens, Overlaps.settle(registry.find(text, tokens)));
    }

    /** Every word of every name and look-alike, unstemmed: the English stemmer must leave these alone. */
    private static Set<String> wordsOf(NewsAnalyzer neutral, List<DetectableOrganization> registry) {
        Set<String> words = new HashSet<>();
        registry.stream()
                .flatMap(organization -> Stream.concat(
                        organization.names().stream().map(OrganizationName::value),
                        organization.lookAlikes().stream().map(LookAlike::value)))
                .forEach(value -> neutral.forEachToken(value, (term, length, start, wordStart, end) ->
                        words.add(new String(term, 0, length))));
        return words;
    }
}
