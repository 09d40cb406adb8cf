package io.gloss.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The transliteration fold: the spellings English, French and German newsrooms give one Arabic name read
 * alike, and words that differ in more than the systems' known differences do not.
 */
class TransliterationTest {

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({
            "Hizbollah, Hezbollah", "Hisbollah, Hezbollah", "Hezbullah, Hezbollah", "Hezb'allah, Hizballah",
            "Daech, Daesh", "Da'ish, Daesh", "Qaida, Qaeda", "Qa'ida, Qaeda", "Kaida, Qaeda",
            "Dschihad, Jihad", "Djihad, Jihad", "Taleban, Taliban", "Haiat, Hayat", "Hay'at, Hayat",
            "Shabaab, Shabab", "Chabab, Shabab", "Nusrah, Nusra", "Scham, Sham", "Cham, Sham", "Moudjahidin, Mujahidin",
    })
    void spellingsOfOneNameReadAlike(String written, String registry) {
        NewsAnalyzer english = NewsAnalyzer.english(Set.of());
        assertThat(words(english, written)).isEqualTo(words(english, registry));
    }

    @ParameterizedTest(name = "{0} does not read as {1}")
    @CsvSource({
            "Hamas, Homes", "Hama, Hamas", "Azov, Azure", "Daesh, Dash", "Taliban, Italian", "Sham, Shame",
            "Meta, Mate", "Nusra, Nurse",
    })
    void differentWordsStayDifferent(String one, String other) {
        // As the detector builds it: words spelt as in a registry name are kept from the English stemmer.
        NewsAnalyzer english = NewsAnalyzer.english(Set.of("hamas", "azov", "daesh", "taliban", "sham", "meta", "nusra"));
        assertThat(words(english, one)).isNotEqualTo(words(english, other));
    }

    @Test
    void shortWordsAndOtherScriptsAreLeftAsTheyAre() {
        assertThat(TransliterationFilter.fold("hezbollah")).isEqualTo("hisbula");
        NewsAnalyzer neutral = NewsAnalyzer.neutral();
        assertThat(words(neutral, "IS Isis ISIL")).containsExactly("is", "isis", "isil");
        assertThat(words(neutral, "Хезболла")).containsExactly("хезболл");
    }

    @Test
    void aLookAlikeThatReadsAsANameDoesNotSilenceIt() {
        // Azerbaijani "qayda" (a rule) folds to what "Qaeda" folds to: the name must still be found.
        Detector detector = Detector.compile(List.of(new DetectableOrganization("al-qaeda",
                List.of(new OrganizationName("en", NameKind.PRIMARY, "al-Qaeda")),
                List.of(new LookAlike("az", "qayda"), new LookAlike("ru", "военная база")))));

        assertThat(detector.detect("Fighters loyal to al-Qaeda withdrew.", "en").mentions())
                .extracting(Mention::surface).containsExactly("al-Qaeda");
    }

    private static List<String> words(NewsAnalyzer analyzer, String text) {
        List<String> words = new java.util.ArrayList<>();
        analyzer.forEachToken(text, (term, length, start, wordStart, end) -> words.add(new String(term, 0, length)));
        return words;
    }
}
