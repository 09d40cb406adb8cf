package io.gloss.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spellings the newsroom treats as one name must analyse to the same words. */
class AnalysisTest {

    @ParameterizedTest(name = "\"{0}\" reads as \"{1}\" in Russian")
    @CsvSource({
            "Исламского государства, Исламское государство",
            "Аль-Каидой, Аль-Каида",
            "Талибана, Талибан",
            "Имарата Кавказ, Имарат Кавказ",
            "группировки, группировка",
            "боевиков, боевики",
            "Аум Синрикё, Аум Синрике",
            "ЁЛКА, елка",
            "ан-Нусра, Нусра",
            "аш-Шам, Шам",
            "al-al-Sham, Sham",
            "запрещенная, запрещена",
            "запрещённой, запрещена",
    })
    void russianSpellingsReadAlike(String written, String registry) {
        NewsAnalyzer russian = NewsAnalyzer.neutral();

        assertThat(words(russian, written)).isEqualTo(words(russian, registry));
    }

    @ParameterizedTest(name = "\"{0}\" reads as \"{1}\" in English")
    @CsvSource(delimiter = '|', value = {
            "Da’esh | Da'esh",
            "Da`esh | Daesh",
            "Hayʼat Tahrir | Hayat Tahrir",
            "Taḥrīr | Tahrir",
            "Ｈａｍａｓ | Hamas",
            "Hamas’s | Hamas",
            "al‑Qaeda | al-Qaeda",
            "al—Qaeda | al Qaeda",
            "an-Nusra | al-Nusra",
            "militants | militant",
    })
    void englishSpellingsReadAlike(String written, String registry) {
        NewsAnalyzer english = NewsAnalyzer.english(Set.of("hamas"));

        assertThat(words(english, written)).isEqualTo(words(english, registry));
    }

    @ParameterizedTest(name = "\"{0}\" does not read as \"{1}\" in English")
    @CsvSource({
            "Hama, Hamas",
            "an Nusra, Nusra",
            "as Sham, Sham",
    })
    void englishWordsThatOnlyLookAlikeStayApart(String written, String registry) {
        NewsAnalyzer english = NewsAnalyzer.english(Set.of("hamas", "nusra", "sham"));

        assertThat(words(english, written)).isNotEqualTo(words(english, registry));
    }

    private static List<String> words(NewsAnalyzer analyzer, String text) {
        List<String> words = new ArrayList<>();
        analyzer.forEachToken(text, (term, length, start, wordStart, end) -> words.add(new String(term, 0, length)));
        return words;
    }
}
