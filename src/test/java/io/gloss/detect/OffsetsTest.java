package io.gloss.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

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
}
