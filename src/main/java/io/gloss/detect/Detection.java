package io.gloss.detect;

import java.util.List;

/**
 * What the detector found in one text: {@code mentions} count for compliance, {@code review} are weak
 * matches an editor should confirm or dismiss. Both are in text order. {@code mentionCount} and
 * {@code reviewCount} say how many there are when a reply shows only the first of them ({@link #abridged}).
 */
public record Detection(List<Mention> mentions, List<Mention> review, int mentionCount, int reviewCount) {

    /** Mentions, and review entries, a reply shows: a text naming one organisation thousands of times made replies of megabytes. */
    public static final int SHOWN = 1000;

    public Detection {
        mentions = List.copyOf(mentions);
        review = List.copyOf(review);
    }

    public Detection(List<Mention> mentions, List<Mention> review) {
        this(mentions, review, mentions.size(), review.size());
    }

    /** The detection as a client is sent it: at most {@link #SHOWN} of each. */
    public Detection abridged() {
        return new Detection(first(mentions), first(review), mentionCount, reviewCount);
    }

    private static List<Mention> first(List<Mention> all) {
        return all.size() <= SHOWN ? all : all.subList(0, SHOWN);
    }
}
