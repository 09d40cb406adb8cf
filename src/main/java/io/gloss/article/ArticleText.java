package io.gloss.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /**
     * Gloss's own marker ({@code <sup class="gloss-marker">}) is not article text: a CMS that stores
     * the annotated body it was served must not shift every offset or get a second marker.
     */
    public static final String GLOSS_MARKER_CLASS = "gloss-marker";

    // Never rendered as text; their content would create quotes no reader can see.
    private static final Set<String> INVISIBLE = Set.of("script", "style", "template", "noscript");

    // Elements whose text is rendered verbatim (white-space: pre).
    private static final Set<String> VERBATIM = Set.of("pre", "listing", "plaintext", "xmp");

    private ArticleText() {
    }

    /** Whether a browser lays the element out as a box of its own (a line of the plain text). */
    public static boolean isBox(Element element) {
        return BLOCKS.contains(element.normalName());
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
        return of(Jsoup.parse(html).body()).text();
    }

    /**
     * The plain text of a parsed body and, for every stretch of it, the text node it came from: the
     * renderer uses this to put markers at offsets of the plain text into the DOM.
     */
    public static Mapped of(Element body) {
        Collector collector = new Collector();
        body.filter(collector);
        return collector.mapped();
    }

    /** Plain text with its origin. {@code runs} are in text order and cover every character that came from a text node. */
    public record Mapped(String text, List<Run> runs) {

        /** The run holding the character at {@code index} (a char index of {@code text}), if it came from a text node. */
        public Optional<Run> runAt(int index) {
            int low = 0;
            int high = runs.size() - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                Run run = runs.get(middle);
                if (index < run.textStart()) {
                    high = middle - 1;
                } else if (index >= run.textStart() + run.length()) {
                    low = middle + 1;
                } else {
                    return Optional.of(run);
                }
            }
            return Optional.empty();
        }
    }

    /** {@code length} chars of the text from {@code textStart} are those of {@code node} from {@code nodeStart}. */
    public record Run(int textStart, TextNode node, int nodeStart, int length) {
    }

    private static final class Collector implements NodeFilter {
        private final StringBuilder out = new StringBuilder();
        private final List<Run> runs = new ArrayList<>();
        // Separators are deferred until the next visible text so that none lead, trail or repeat.
        private boolean pendingBreak;
        private boolean pendingSpace;
        private int verbatimDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                appendText(textNode);
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (INVISIBLE.contains(name) || element.hasClass(GLOSS_MARKER_CLASS)) {
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

        private void appendText(TextNode node) {
            String text = node.getWholeText();
            if (verbatimDepth > 0) {
                appendVerbatim(node, text);
                return;
            }
            int runStart = -1;
            for (int i = 0; i < text.length(); i++) {
                if (isCollapsible(text.charAt(i))) {
                    if (runStart >= 0) {
                        appendVisible(node, text, runStart, i);
                        runStart = -1;
                    }
                    pendingSpace = true;
                } else if (runStart < 0) {
                    runStart = i;
                }
            }
            if (runStart >= 0) {
                appendVisible(node, text, runStart, text.length());
            }
        }

        /** jsoup keeps CRs that a browser's input stream would have normalised away: CRLF is LF, a lone CR is LF. */
        private void appendVerbatim(TextNode node, String text) {
            int from = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) != '\r') {
                    continue;
                }
                appendVisible(node, text, from, i);
                boolean crlf = i + 1 < text.length() && text.charAt(i + 1) == '\n';
                if (!crlf) {
                    appendVisible(node, "\n", 0, 1, i);
                }
                from = i + 1;
            }
            appendVisible(node, text, from, text.length());
        }

        private void appendVisible(TextNode node, String text, int from, int to) {
            appendVisible(node, text, from, to, from);
        }

        /** Appends {@code text[from, to)}, which stands for the node's characters from {@code nodeStart}. */
        private void appendVisible(TextNode node, String text, int from, int to, int nodeStart) {
            if (from >= to) {
                return;
            }
            if (out.length() > 0) {
                // A verbatim block may already bring its own line break; two would make an empty line.
                boolean atLineBoundary = out.charAt(out.length() - 1) == '\n' || text.charAt(from) == '\n';
                if (pendingBreak && !atLineBoundary) {
                    out.append('\n');
                } else if (pendingSpace && !pendingBreak) {
                    out.append(' ');
                }
            }
            pendingBreak = false;
            pendingSpace = false;
            runs.add(new Run(out.length(), node, nodeStart, to - from));
            out.append(text, from, to);
        }

        Mapped mapped() {
            // Only verbatim blocks can put whitespace at the edges. Blank edge lines go, but the
            // indentation of a first code line is what readers see, so it stays.
            int firstVisible = 0;
            while (firstVisible < out.length() && isCollapsible(out.charAt(firstVisible))) {
                firstVisible++;
            }
            if (firstVisible == out.length()) {
                return new Mapped("", List.of());
            }
            int start = out.lastIndexOf("\n", firstVisible) + 1;
            int end = out.length();
            while (end > firstVisible && isCollapsible(out.charAt(end - 1))) {
                end--;
            }
            List<Run> kept = new ArrayList<>();
            for (Run run : runs) {
                int from = Math.max(run.textStart(), start);
                int to = Math.min(run.textStart() + run.length(), end);
                if (from < to) {
                    kept.add(new Run(from - start, run.node(), run.nodeStart() + from - run.textStart(), to - from));
                }
            }
            return new Mapped(out.substring(start, end), List.copyOf(kept));
        }
    }

    // HTML's ASCII whitespace; notably not U+00A0 or zero-width characters, which are content.
    private static boolean isCollapsible(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
