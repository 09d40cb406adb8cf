package io.gloss.annotation;

import io.gloss.anchoring.TextQuote;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The passage an annotation targets, as W3C selectors on the article's plain text:
 * TextQuoteSelector (exact, prefix, suffix) and TextPositionSelector (start, end; code points,
 * end exclusive). Always stored complete.
 */
@Embeddable
public class Passage {

    @Column(name = "target_exact", length = 20000)
    public String exact;

    @Column(name = "target_prefix", length = 400)
    public String prefix;

    @Column(name = "target_suffix", length = 400)
    public String suffix;

    @Column(name = "target_start")
    public Integer start;

    @Column(name = "target_end")
    public Integer end;

    public static Passage of(TextQuote quote) {
        Passage passage = new Passage();
        passage.exact = quote.exact();
        passage.prefix = quote.prefix();
        passage.suffix = quote.suffix();
        passage.start = quote.start();
        passage.end = quote.end();
        return passage;
    }

    public TextQuote toQuote() {
        return new TextQuote(exact, prefix, suffix, start, end);
    }
}
