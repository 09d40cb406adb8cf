package io.gloss.anchoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.gloss.anchoring.Located.Failed;
import io.gloss.anchoring.Located.Found;
import io.gloss.anchoring.Located.Reason;

/**
 * Anchors W3C text quotes on an article's plain text. Works on code point arrays throughout because
 * selector offsets count code points while Java strings index UTF-16 units.
 */
public final class QuoteLocator {

    /** Context kept on each side of a quote; the same as Hypothesis. */
    public static final int DEFAULT_CONTEXT_LENGTH = 32;
    /** Code points of known context that must surround an occurrence before it is taken for the passage. */
    static final int MIN_CONTEXT_MATCH = 8;

    private final int contextLength;

    public QuoteLocator() {
        this(DEFAULT_CONTEXT_LENGTH);
    }

    public QuoteLocator(int contextLength) {
        if (contextLength < 1) {
            throw new IllegalArgumentException("contextLength must be positive: " + contextLength);
        }
        this.contextLength = contextLength;
    }

    /** Completes a selector an editor just made: from positions alone, or by finding its exact quote. */
    public Located locate(String text, TextQuote wanted) {
        int[] codePoints = text.codePoints().toArray();
        if (isEmpty(wanted.exact())) {
            return locateByPosition(codePoints, wanted.start(), wanted.end());
        }
        int[] exact = wanted.exact().codePoints().toArray();
        List<Integer> candidates = occurrences(codePoints, exact);
        // Positions that agree with the quote are the editor's actual selection: no need to guess.
        boolean positionsMatch = wanted.start() != null && wanted.end() != null
                && wanted.end() - wanted.start() == exact.length && candidates.contains(wanted.start());
        if (positionsMatch) {
            return found(codePoints, wanted.start(), exact.length);
        }
        return choose(codePoints, exact, candidates, wanted);
    }

    /**
     * Moves a complete stored selector onto a changed text. Conservative by design: a footnote that
     * cannot be placed with confidence is reported, never attached to a guess.
     */
    public Located reanchor(String newText, TextQuote stored) {
        if (isEmpty(stored.exact())) {
            return new Failed(Reason.EMPTY, "the stored quote is empty");
        }
        int[] codePoints = newText.codePoints().toArray();
        int[] exact = stored.exact().codePoints().toArray();
        return choose(codePoints, exact, occurrences(codePoints, exact), stored);
    }

    private Located locateByPosition(int[] text, Integer start, Integer end) {
        if (start == null || end == null) {
            return new Failed(Reason.EMPTY, "the selector has neither an exact quote nor both start and end");
        }
        if (start < 0 || end > text.length || start > end) {
            return new Failed(Reason.OUT_OF_RANGE,
                    "positions [%d, %d) do not fit a text of %d code points".formatted(start, end, text.length));
        }
        if (start.equals(end)) {
            return new Failed(Reason.EMPTY, "the selection [%d, %d) is empty".formatted(start, end));
        }
        return found(text, start, end - start);
    }

    private Located choose(int[] text, int[] exact, List<Integer> candidates, TextQuote hint) {
        if (candidates.isEmpty()) {
            return new Failed(Reason.NOT_FOUND, "the quoted text does not occur in the article");
        }
        int[] prefix = codePointsOf(hint.prefix());
        int[] suffix = codePointsOf(hint.suffix());
        int bestScore = -1;
        List<Integer> best = new ArrayList<>();
        for (int start : candidates) {
            int score = commonSuffixLength(prefix, text, start) + commonPrefixLength(suffix, text, start + exact.length);
            if (score > bestScore) {
                bestScore = score;
                best.clear();
            }
            if (score == bestScore) {
                best.add(start);
            }
        }
        // Surroundings that share less than a word with the known context mean the passage was
        // rewritten and the remaining occurrence is a look-alike sentence (a shared space or full stop
        // proves nothing). A legal footnote on the wrong sentence is worse than an orphaned one, so it
        // is not attached, however many such occurrences there are.
        if (bestScore < Math.min(MIN_CONTEXT_MATCH, prefix.length + suffix.length)) {
            return new Failed(Reason.NOT_FOUND, "the quoted text occurs only where its surrounding text has changed");
        }
        if (best.size() == 1) {
            return found(text, best.get(0), exact.length);
        }
        // Context cannot decide; an occurrence still at the old offset means nothing before it moved.
        if (hint.start() != null && best.contains(hint.start())) {
            return found(text, hint.start(), exact.length);
        }
        return new Failed(Reason.AMBIGUOUS,
                "the quoted text occurs %d times with equally matching context".formatted(best.size()));
    }

    private Found found(int[] text, int start, int length) {
        int end = start + length;
        int prefixStart = Math.max(0, start - contextLength);
        int suffixEnd = Math.min(text.length, end + contextLength);
        return new Found(new TextQuote(
                new String(text, start, length),
                new String(text, prefixStart, start - prefixStart),
                new String(text, end, suffixEnd - end),
                start,
                end));
    }

    private static List<Integer> occurrences(int[] text, int[] exact) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i + exact.length <= text.length; i++) {
            if (Arrays.equals(text, i, i + exact.length, exact, 0, exact.length)) {
                starts.add(i);
            }
        }
        return starts;
    }

    /** How many code points at the end of {@code context} also end {@code text} before {@code end}. */
    private static int commonSuffixLength(int[] context, int[] text, int end) {
        int n = 0;
        while (n < context.length && n < end && context[context.length - 1 - n] == text[end - 1 - n]) {
            n++;
        }
        return n;
    }

    /** How many code points at the start of {@code context} also start {@code text} at {@code start}. */
    private static int commonPrefixLength(int[] context, int[] text, int start) {
        int n = 0;
        while (n < context.length && start + n < text.length && context[n] == text[start + n]) {
            n++;
        }
        return n;
    }

    private static int[] codePointsOf(String s) {
        return s == null ? new int[0] : s.codePoints().toArray();
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }
}
