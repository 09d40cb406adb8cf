package io.gloss.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.assertj.core.groups.Tuple;

/** Runs the test registry's detector and checks what every test relies on: spans sit on their surfaces. */
final class Detections {

    private Detections() {
    }

    static Detection detect(String text, String language) {
        Detection detection = TestRegistry.DETECTOR.detect(text, language);
        Stream.concat(detection.mentions().stream(), detection.review().stream()).forEach(mention ->
                assertThat(codePoints(text, mention.start(), mention.end()))
                        .as("text at the code points of %s", mention)
                        .isEqualTo(mention.surface()));
        return detection;
    }

    static Tuple found(String organization, String surface) {
        return new Tuple(organization, surface);
    }

    static Tuple found(String organization, String surface, MatchReason reason) {
        return new Tuple(organization, surface, reason);
    }

    private static String codePoints(String text, int start, int end) {
        int[] codePoints = text.codePoints().toArray();
        return new String(codePoints, start, end - start);
    }
}
