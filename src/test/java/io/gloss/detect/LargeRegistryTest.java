package io.gloss.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Thousands of organisations must not change what is found, only cost a little more. */
class LargeRegistryTest {

    private static Detector starter;
    private static Detector large;

    @BeforeAll
    static void compile() {
        starter = Detector.compile(ShippedOrganizations.first(15));
        large = Detector.compile(GeneratedRegistry.withSize(10_000));
    }

    @Test
    void tenThousandOrganisationsFindWhatTheStarterRegistryFindsInTheSameNews() {
        List<String> found = new ArrayList<>();
        for (String language : List.of("en", "ru")) {
            for (String article : BenchmarkNews.articles(language)) {
                Detection expected = starter.detect(article, language);
                assertThat(large.detect(article, language)).isEqualTo(expected);
                expected.mentions().forEach(mention -> found.add(mention.organization()));
            }
        }
        // Equal answers only mean something if there were answers to give.
        assertThat(found).contains("isis", "hts", "jabhat-al-nusra", "taliban", "hamas", "al-qaeda", "caucasus-emirate");
    }

    @Test
    void anInventedOrganisationIsFoundAmongTenThousand() {
        DetectableOrganization last = GeneratedRegistry.withSize(10_000).get(9_999);
        String name = last.names().get(0).value();

        assertThat(large.detect("Fighters of the " + name + " took the town.", "en").mentions())
                .extracting(Mention::organization, Mention::surface)
                .containsExactly(tuple(last.slug(), name));
    }
}
