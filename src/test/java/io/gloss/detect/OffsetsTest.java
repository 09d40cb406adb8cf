package io.gloss.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Offsets count code points, as the server's selectors do, not the UTF-16 units Lucene reports. */
class OffsetsTest {

    private final Detector detector = TestRegistry.DETECTOR;

    @Test
    void emojiBeforeAMentionCountOneEach() {
        String text = "\uD83D\uDD25\uD83D\uDD25 Hamas said the truce would hold.";

        Mention mention = detector.detect(text, "en").mentions().get(0);

        assertThat(mention.start()).isEqualTo(3);
        assertThat(mention.end()).isEqualTo(8);
        assertThat(mention.surface()).isEqualTo("Hamas");
    }

    @Test
    void offsetsStayRightForEveryMentionAfterSeveralEmoji() {
        String text = "\uD83D\uDCE2 Taliban \uD83C\uDDE6\uD83C\uDDEB envoy met \uD83E\uDD1D Hamas in Doha.";

        assertThat(detector.detect(text, "en").mentions())
                .extracting(Mention::surface, Mention::start, Mention::end)
                .containsExactly(
                        tuple("Taliban", 2, 9),
                        tuple("Hamas", 25, 30));
    }

    @Test
    void aMentionOfSeveralWordsSpansFromTheFirstWordToTheLast() {
        String text = "Fighters of Jabhat  al-Nusra withdrew.";

        Mention mention = detector.detect(text, "en").mentions().get(0);

        assertThat(mention.surface()).isEqualTo("Jabhat  al-Nusra");
        assertThat(mention.start()).isEqualTo(text.indexOf("Jabhat"));
        assertThat(mention.end()).isEqualTo(text.indexOf(" withdrew"));
    }

    @Test
    void aMentionStartsAtTheFirstOfTwoArticlesATypoLeftInFrontOfIt() {
        String text = "Leaflets from al-al-Qaeda were found.";

        assertThat(detector.detect(text, "en").mentions()).extracting(Mention::surface, Mention::start)
                .containsExactly(tuple("al-al-Qaeda", 14));
    }

    @Test
    void aSoftHyphenInsideANameIsPartOfTheSurface() {
        String text = "The Tali\u00ADban took Kandahar.";

        assertThat(detector.detect(text, "en").mentions())
                .extracting(Mention::organization, Mention::surface)
                .containsExactly(tuple("taliban", "Tali\u00ADban"));
    }

    /**
     * Invisible characters inside a name, as found: a zero-width space in "Daesh" hid it from detection
     * while readers saw the name. Every character a reader cannot see must leave the name found.
     */
    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = { "200B", "2060", "FEFF", "200C", "200D", "00AD", "200E", "200F", "202A", "202B", "202C",
            "202D", "202E", "2066", "2067", "2068", "2069", "2061", "2062", "2063", "2064", "034F", "180E" })
    void aNameWithAnInvisibleCharacterInsideIsFound(String codePoint) {
        String invisible = Character.toString(Integer.parseInt(codePoint, 16));
        String english = "Dae" + invisible + "sh claimed the attack.";
        String russian = "Боевики «Исламского" + invisible + " государства» отступили, сообщил источник.";

        assertThat(detector.detect(english, "en").mentions()).extracting(Mention::organization, Mention::surface)
                .containsExactly(tuple("isis", "Dae" + invisible + "sh"));
        assertThat(detector.detect(russian, "ru").mentions()).extracting(Mention::organization, Mention::start)
                .containsExactly(tuple("isis", russian.indexOf("Исламского")));
    }
}
