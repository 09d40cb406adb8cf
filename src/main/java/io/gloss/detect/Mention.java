package io.gloss.detect;

/**
 * One place where a text names an organisation. {@code start} and {@code end} count Unicode code points
 * (end exclusive), like the server's text selectors; {@code surface} is the text exactly as written there
 * and {@code name} the registry name that matched it.
 */
public record Mention(String organization, String surface, int start, int end, String name, MatchReason reason) {
}
