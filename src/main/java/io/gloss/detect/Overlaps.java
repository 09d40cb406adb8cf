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

    static Settled settle(List<Hit> hits) {
        List<Hit> lookAlikes = hits.stream().filter(hit -> hit.role() == Phrase.Role.LOOK_ALIKE).toList();
        Set<String> doubted = new HashSet<>();
        List<Hit> candidates = new ArrayList<>();
        for (Hit hit : hits) {
            if (hit.role() == Phrase.Role.LOOK_ALIKE) {
                continue;
            }
            if (lookAlikes.stream().anyMatch(hit::overlaps)) {
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
        for (Hit hit : sorted) {
            if (span == null || hit.first() >= span.last()) {
                chosen.add(hit);
                span = hit;
            } else if (hit.sameSpanAs(span) && noneOf(chosen, span, hit.organization())) {
                chosen.add(hit);
            }
        }
        return chosen;
    }

    private static boolean noneOf(List<Hit> chosen, Hit span, String organization) {
        return chosen.stream().noneMatch(hit -> hit.sameSpanAs(span) && hit.organization().equals(organization));
    }
}
