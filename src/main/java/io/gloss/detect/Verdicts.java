package io.gloss.detect;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which settled hits count as mentions and which an editor should look at. Names count on their
 * own unless written in lower case; abbreviations need support; and in a text that used an organisation's name for a look-alike, every
 * hit of that organisation is put to the editor rather than labelled automatically.
 */
final class Verdicts {

    /** How many words either side of an abbreviation a trigger word may stand. */
    static final int TRIGGER_WINDOW = 5;

    private static final Set<MatchReason> COUNTING = EnumSet.of(MatchReason.NAME, MatchReason.FORMER_NAME, MatchReason.DERIVED_FORM,
            MatchReason.ABBREVIATION_WITH_FULL_NAME, MatchReason.ABBREVIATION_WITH_TRIGGER);

    private final String text;
    private final Tokens tokens;
    private final Set<String> doubted;
    private final Set<String> namedInFull;
    private final BitSet abbreviated = new BitSet();

    private Verdicts(String text, Tokens tokens, Overlaps.Settled settled) {
        this.text = text;
        this.tokens = tokens;
        this.doubted = settled.doubted();
        this.namedInFull = settled.chosen().stream()
                .filter(hit -> hit.role() != Phrase.Role.ABBREVIATION && !hit.inLowerCase())
                .map(Hit::organization)
                .collect(Collectors.toSet());
        settled.chosen().stream()
                .filter(hit -> hit.role() == Phrase.Role.ABBREVIATION)
                .forEach(hit -> abbreviated.set(hit.first(), hit.last()));
    }

    static Detection judge(String text, Tokens tokens, Overlaps.Settled settled) {
        Verdicts verdicts = new Verdicts(text, tokens, settled);
        CodePointOffsets offsets = new CodePointOffsets(text);
        List<Mention> mentions = new ArrayList<>();
        List<Mention> review = new ArrayList<>();
        for (Hit hit : settled.chosen()) {
            Mention mention = verdicts.mention(hit, offsets);
            (COUNTING.contains(mention.reason()) ? mentions : review).add(mention);
        }
        return new Detection(mentions, review);
    }

    private Mention mention(Hit hit, CodePointOffsets offsets) {
        // An abbreviation is matched as written, so its span leaves out an article hyphenated to it.
        int start = hit.role() == Phrase.Role.ABBREVIATION ? tokens.wordStart(hit.first()) : tokens.start(hit.first());
        int end = tokens.end(hit.last() - 1);
        return new Mention(hit.organization(), text.substring(start, end), offsets.of(start), offsets.of(end),
                hit.phrase().name(), reason(hit));
    }

    private MatchReason reason(Hit hit) {
        if (doubted.contains(hit.organization())) {
            return MatchReason.LOOK_ALIKE_IN_TEXT;
        }
        if (hit.inLowerCase()) {
            return MatchReason.NAME_IN_LOWER_CASE;
        }
        return switch (hit.role()) {
            case NAME -> MatchReason.NAME;
            case FORMER_NAME -> MatchReason.FORMER_NAME;
            case DERIVED -> MatchReason.DERIVED_FORM;
            case ABBREVIATION -> abbreviationReason(hit);
            case LOOK_ALIKE -> throw new IllegalStateException("look-alikes are settled before judging");
        };
    }

    private MatchReason abbreviationReason(Hit hit) {
        if (isShouted(hit)) {
            return MatchReason.ABBREVIATION_IN_CAPITALS;
        }
        if (namedInFull.contains(hit.organization())) {
            return MatchReason.ABBREVIATION_WITH_FULL_NAME;
        }
        if (hasTriggerNear(hit)) {
            return MatchReason.ABBREVIATION_WITH_TRIGGER;
        }
        return MatchReason.ABBREVIATION_UNSUPPORTED;
    }

    /**
     * In all-capitals text ("WHY IS THE GROUP SILENT") exact case proves nothing. Neighbours that are
     * themselves abbreviations do not count as shouting: "(ISIS, ISIL, IS)" is a list, not a headline.
     */
    private boolean isShouted(Hit hit) {
        boolean hasNeighbour = false;
        for (int neighbour : new int[] {hit.first() - 1, hit.last()}) {
            if (neighbour < 0 || neighbour >= tokens.size()) {
                continue;
            }
            if (abbreviated.get(neighbour) || !isInCapitals(neighbour)) {
                return false;
            }
            hasNeighbour = true;
        }
        return hasNeighbour;
    }

    private boolean isInCapitals(int token) {
        boolean hasLetter = false;
        for (int i = tokens.wordStart(token); i < tokens.end(token); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isLowerCase(codePoint)) {
                return false;
            }
            hasLetter |= Character.isLetter(codePoint);
            i += Character.charCount(codePoint);
        }
        return hasLetter;
    }

    private boolean hasTriggerNear(Hit hit) {
        int from = Math.max(0, hit.first() - TRIGGER_WINDOW);
        int to = Math.min(tokens.size(), hit.last() + TRIGGER_WINDOW);
        for (int token = from; token < to; token++) {
            boolean outside = token < hit.first() || token >= hit.last();
            if (outside && tokens.isTrigger(token)) {
                return true;
            }
        }
        return false;
    }
}
