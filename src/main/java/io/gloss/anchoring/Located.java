package io.gloss.anchoring;

/**
 * Outcome of anchoring a quote on a text. Sealed so that callers cannot forget the failure case:
 * a failed anchor must surface (422 or ORPHANED), never fall back to some position.
 */
public sealed interface Located permits Located.Found, Located.Failed {

    /** The quote anchored unambiguously; {@code quote} has all five fields filled. */
    record Found(TextQuote quote) implements Located {
    }

    record Failed(Reason reason, String message) implements Located {
    }

    enum Reason {
        /** The quote does not occur, or occurs only where its surrounding text was rewritten. */
        NOT_FOUND,
        /** The quote occurs several times and neither context nor position tells which one is meant. */
        AMBIGUOUS,
        /** Positions outside the text, or start after end. */
        OUT_OF_RANGE,
        /** Nothing selected. */
        EMPTY
    }
}
