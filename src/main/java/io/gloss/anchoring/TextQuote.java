package io.gloss.anchoring;

/**
 * A W3C TextQuoteSelector plus TextPositionSelector as one value. Offsets count Unicode code points
 * (not UTF-16 units) and {@code end} is exclusive. Any field may be null in a selector a client sent;
 * selectors produced by {@link QuoteLocator} have all five filled.
 */
public record TextQuote(String exact, String prefix, String suffix, Integer start, Integer end) {
}
