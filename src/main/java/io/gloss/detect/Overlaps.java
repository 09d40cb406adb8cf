package io.gloss.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Settles overlapping hits: look-alikes first, then the leftmost, longest phrase. */
final class Overlaps {

    /**
     * @param chosen  hits that survive, in text order; several organisations may share one span
     * @param doubted organisations one of whose names the text used inside a look-alike
     */
    record Settled(List<Hit> chosen, Set<String> doubted) {
    }

    private static final Comparator<Hit> LEFTMOST_LONGEST_STRONGEST = Comparator.comparingInt(Hit::first)
            .thenComparing(Comparator.comparingInt(Hit::length).reversed())
            .thenComparing(Hit::role)
            .thenComparing(Hit::inLowerCase);

    private Overlaps() {
    }

    /** O(n log n) in the number of hits: a long text naming one organisation a thousand times stays fast. */
    static Settled settle(List<Hit> hits) {
        LookAlikeSpans lookAlikes = new LookAlikeSpans(hits.stream().filter(hit -> hit.role() == Phrase.Role.LOOK_ALIKE).toList());
        Set<String> doubted = new HashSet<>();
        List<Hit> candidates = new ArrayList<>();
        for (Hit hit : hits) {
            if (hit.role() == Phrase.Role.LOOK_ALIKE) {
                continue;
            }
            if (lookAlikes.overlap(hit)) {
                doubted.add(hit.organization());
            } else {
                candidates.add(hit);
            }
        }
        candidates.sort(LEFTMOST_LONGEST_STRONGEST);
        return new Settled(leftmostLongest(candidates), Set.copyOf(doubted));
    }

    /**
     * Greedy over hits sorted leftmost-longest. Two organisations sharing the very same words both stay:
     * choosing one would silently drop the other's label.
     */
    private static List<Hit> leftmostLongest(List<Hit> sorted) {
        List<Hit> chosen = new ArrayList<>();
        Hit span = null;
        // The organisations chosen on the current span: only hits of that very span can share it.
        Set<String> onSpan = new HashSet<>();
        for (Hit hit : sorted) {
            if (span == null || hit.first() >= span.last()) {
                chosen.add(hit);
                span = hit;
                onSpan.clear();
                onSpan.add(hit.organization());
            } else if (hit.sameSpanAs(span) && onSpan.add(hit.organization())) {
                chosen.add(hit);
            }
        }
        return chosen;
    }

    /** Look-alike spans sorted by their start, with the furthest end among each prefix: an overlap test in O(log n). */
    private static final class LookAlikeSpans {
        private final int[] firsts;
        private final int[] furthestLast;

        LookAlikeSpans(List<Hit> lookAlikes) {
            List<Hit> sorted = new ArrayList<>(lookAlikes);
            sorted.sort(Comparator.comparingInt(Hit::first));
            firsts = new int[sorted.size()];
            furthestLast = new int[sorted.size()];
            int furthest = Integer.MIN_VALUE;
            for (int i = 0; i < sorted.size(); i++) {
                firsts[i] = sorted.get(i).first();
                furthest = Math.max(furthest, sorted.get(i).last());
                furthestLast[i] = furthest;
            }
        }

        /** Whether a look-alike starts before {@code hit} ends and ends after it starts. */
        boolean overlap(Hit hit) {
            int startingBefore = upperBound(hit.last() - 1);
            return startingBefore > 0 && furthestLast[startingBefore - 1] > hit.first();
        }

        /** How many look-alikes start at or before {@code token}. */
        private int upperBound(int token) {
            int low = 0;
            int high = firsts.length;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (firsts[middle] <= token) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            return low;
        }
    }
}
