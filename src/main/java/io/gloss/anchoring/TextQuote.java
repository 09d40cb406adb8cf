package io.gloss.anchoring;

import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A W3C TextQuoteSelector plus TextPositionSelector as one value. Offsets count Unicode code points
 * (not UTF-16 units) and {@code end} is exclusive. Any field may be null in a selector a client sent;
 * selectors produced by {@link QuoteLocator} have all five filled. The limits are those the API
 * accepts from a client.
 */
public record TextQuote(
        @Size(max = TextQuote.MAX_QUOTE) String exact,
        @Size(max = 200) String prefix,
        @Size(max = 200) String suffix,
        @PositiveOrZero Integer start,
        @PositiveOrZero Integer end) {

    /** The longest passage an annotation may target, in code points. */
    public static final int MAX_QUOTE = 5000;

    public int length() {
        return exact == null ? 0 : exact.codePointCount(0, exact.length());
    }
}
