package io.gloss.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

import io.gloss.article.ArticleText;

/**
 * Puts markers into an article's HTML at offsets of its plain text ({@link ArticleText}) and, for the
 * standalone page, related links between paragraphs. Works on the parsed DOM: markers go into text
 * only (never into attributes, {@code script} or {@code style}), may follow a mention that spans
 * inline tags, and everything else is serialised back as it came. Plain Java, tested without a server.
 */
public final class AnnotatedBody {

    /**
     * A marker to place after the plain-text character before {@code end} (a code point offset,
     * exclusive, as annotations and mentions store it). {@code html} is the marker's markup.
     */
    public record Marker(int end, String html) {
    }

    /** The body's HTML, and the paragraphs after which something was placed. */
    public record Result(String html, Set<Integer> filledParagraphs) {
    }

    // A marker after an opening quote would sit before the name it belongs to; these close a quotation.
    private static final String CLOSING_QUOTES = "\"'\u201D\u2019\u00BB\u203A";

    // Markup in these is shown as text or not at all; a link inside a link is not allowed.
    private static final Set<String> NO_MARKUP_INSIDE = Set.of("textarea", "title", "option", "select", "svg", "math");

    private AnnotatedBody() {
    }

    /**
     * The body with markers, and {@code afterParagraph} markup placed after the n-th {@code <p>}
     * (1-based). Paragraph numbers beyond the body are left out of {@code filledParagraphs}.
     */
    public static Result render(String html, List<Marker> markers, Map<Integer, String> afterParagraph) {
        Document document = Jsoup.parse(html == null ? "" : html);
        document.outputSettings().prettyPrint(false);
        Element body = document.body();
        // A CMS may store the annotated body it was served: our old markers go, the new ones come.
        body.select("sup." + ArticleText.GLOSS_MARKER_CLASS).remove();
        SafeBody.clean(body);

        ArticleText.Mapped text = ArticleText.of(body);
        // Back to front: splitting a text node keeps the positions of earlier characters valid.
        List<Marker> backToFront = new ArrayList<>(markers);
        backToFront.sort(Comparator.comparingInt(Marker::end).reversed());
        for (Marker marker : backToFront) {
            place(text, marker, body);
        }

        Set<Integer> filled = new TreeSet<>();
        List<Element> paragraphs = body.select("p");
        new TreeMap<>(afterParagraph).forEach((number, markup) -> {
            if (number >= 1 && number <= paragraphs.size()) {
                paragraphs.get(number - 1).after(markup);
                filled.add(number);
            }
        });
        return new Result(body.html(), Set.copyOf(filled));
    }

    private static void place(ArticleText.Mapped mapped, Marker marker, Element body) {
        String text = mapped.text();
        int codePoints = text.codePointCount(0, text.length());
        if (marker.end() <= 0 || marker.end() > codePoints) {
            return;
        }
        int end = text.offsetByCodePoints(0, marker.end());
        while (end < text.length() && CLOSING_QUOTES.indexOf(text.charAt(end)) >= 0
                && (end + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(end + 1)))
                && mapped.runAt(end).isPresent()) {
            end++;
        }
        Optional<ArticleText.Run> found = mapped.runAt(end - 1);
        if (found.isEmpty()) {
            return;
        }
        ArticleText.Run run = found.get();
        TextNode node = run.node();
        if (insideNoMarkupElement(node)) {
            return;
        }
        int splitAt = run.nodeStart() + (end - 1 - run.textStart()) + 1;
        if (splitAt < node.getWholeText().length()) {
            node.splitText(splitAt);
        }
        Node anchor = outOfInlineEnds(node, body);
        List<Node> markup = Parser.parseFragment(marker.html(), anchor.parent() instanceof Element parent ? parent : body, "");
        anchor.after(markup.get(0));
        Node last = markup.get(0);
        for (int i = 1; i < markup.size(); i++) {
            last.after(markup.get(i));
            last = markup.get(i);
        }
    }

    /**
     * "<b>Daesh</b>*" rather than "<b>Daesh*</b>": a marker leaves the inline elements that the mention
     * ends, and always leaves a link (markers are links themselves).
     */
    private static Node outOfInlineEnds(TextNode node, Element body) {
        Node anchor = node;
        Element parent = anchor.parent() instanceof Element p ? p : body;
        while (parent != body && isInline(parent) && (anchor.nextSibling() == null || insideLink(parent))) {
            anchor = parent;
            parent = anchor.parent() instanceof Element p ? p : body;
        }
        return anchor;
    }

    private static boolean insideLink(Element element) {
        return element.closest("a") != null;
    }

    private static boolean isInline(Element element) {
        return !ArticleText.isBox(element);
    }

    private static boolean insideNoMarkupElement(TextNode node) {
        for (Node n = node.parent(); n instanceof Element element; n = element.parent()) {
            if (NO_MARKUP_INSIDE.contains(element.normalName())) {
                return true;
            }
        }
        return false;
    }
}
