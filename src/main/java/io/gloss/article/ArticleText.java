package io.gloss.article;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The plain text annotations anchor on. Every stored offset depends on this exact output, so it must
 * stay stable across releases: changing it re-anchors (and may orphan) every annotation.
 */
public final class ArticleText {

    /*
     * An explicit list rather than jsoup's Tag.isBlock(): jsoup's notion serves its pretty-printer, not
     * rendering. It calls <ins>/<del> blocks (newsrooms use them inline for corrections, so sentences
     * would be split), misses <summary>/<dialog>, and may change with any jsoup upgrade, which would
     * silently shift stored offsets. These are the elements a browser lays out as their own box
     * (display: block, list-item or table parts, per the HTML rendering section). Table cells count as
     * boxes too: gluing neighbouring cells would invent words that readers never see.
     */
    private static final Set<String> BLOCKS = Set.of(
            "address", "article", "aside", "blockquote", "center", "details", "dialog", "dd",
            "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
            "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "legend", "li", "listing",
            "main", "menu", "nav", "ol", "p", "plaintext", "pre", "search", "section", "summary", "ul",
            "xmp", "table", "caption", "thead", "tbody", "tfoot", "tr", "td", "th");

    // Never rendered as text; their content would create quotes no reader can see.
    private static final Set<String> INVISIBLE = Set.of("script", "style", "template", "noscript");

    // Elements whose text is rendered verbatim (white-space: pre).
    private static final Set<String> VERBATIM = Set.of("pre", "listing", "plaintext", "xmp");

    private ArticleText() {
    }

    /**
     * Plain text of an HTML body: one "\n" between blocks and for each {@code <br>}, never an empty line,
     * whitespace collapsed as a browser does except inside {@code <pre>}. U+00A0 (&amp;nbsp;) is kept
     * as is: it is not collapsible in CSS, and quotes must match what readers see and copy.
     */
    public static String fromHtml(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Collector collector = new Collector();
        Jsoup.parse(html).body().filter(collector);
        return collector.text();
    }

    private static final class Collector implements NodeFilter {
        private final StringBuilder out = new StringBuilder();
        // Separators are deferred until the next visible text so that none lead, trail or repeat.
        private boolean pendingBreak;
        private boolean pendingSpace;
        private int verbatimDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(textNode.getWholeText());
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (INVISIBLE.contains(name)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BLOCKS.contains(name) || name.equals("br")) {
                    pendingBreak = true;
                }
                if (VERBATIM.contains(name)) {
                    verbatimDepth++;
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (BLOCKS.contains(name)) {
                    pendingBreak = true;
                }
                if (VERBATIM.contains(name)) {
                    verbatimDepth--;
                }
            }
            return FilterResult.CONTINUE;
        }

        private void appendText(String text) {
            if (verbatimDepth > 0) {
                // jsoup keeps CRs that a browser's input stream would have normalised away.
                appendVisible(text.replace("\r\n", "\n").replace('\r', '\n'));
                return;
            }
            int runStart = -1;
            for (int i = 0; i < text.length(); i++) {
                if (isCollapsible(text.charAt(i))) {
                    if (runStart >= 0) {
                        appendVisible(text.substring(runStart, i));
                        runStart = -1;
                    }
                    pendingSpace = true;
                } else if (runStart < 0) {
                    runStart = i;
                }
            }
            if (runStart >= 0) {
                appendVisible(text.substring(runStart));
            }
        }

        private void appendVisible(String text) {
            if (text.isEmpty()) {
                return;
            }
            if (out.length() > 0) {
                // A verbatim block may already bring its own line break; two would make an empty line.
                boolean atLineBoundary = out.charAt(out.length() - 1) == '\n' || text.charAt(0) == '\n';
                if (pendingBreak && !atLineBoundary) {
                    out.append('\n');
                } else if (pendingSpace && !pendingBreak) {
                    out.append(' ');
                }
            }
            pendingBreak = false;
            pendingSpace = false;
            out.append(text);
        }

        String text() {
            // Only verbatim blocks can put whitespace at the edges. Blank edge lines go, but the
            // indentation of a first code line is what readers see, so it stays.
            int firstVisible = 0;
            while (firstVisible < out.length() && isCollapsible(out.charAt(firstVisible))) {
                firstVisible++;
            }
            if (firstVisible == out.length()) {
                return "";
            }
            int start = out.lastIndexOf("\n", firstVisible) + 1;
            int end = out.length();
            while (end > firstVisible && isCollapsible(out.charAt(end - 1))) {
                end--;
            }
            return out.substring(start, end);
        }
    }

    // HTML's ASCII whitespace; notably not U+00A0 or zero-width characters, which are content.
    private static boolean isCollapsible(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
