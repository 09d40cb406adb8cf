package io.gloss.detect;

import java.util.List;

/**
 * What the detector found in one text: {@code mentions} count for compliance, {@code review} are weak
 * matches an editor should confirm or dismiss. Both are in text order.
 */
public record Detection(List<Mention> mentions, List<Mention> review) {

    public Detection {
        mentions = List.copyOf(mentions);
        review = List.copyOf(review);
    }
}
