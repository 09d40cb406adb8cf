package io.gloss.render;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What of an article's HTML Gloss serves: what an article needs to be read, nothing that runs or
 * restyles. Scripts, styles, frame sets and objects go (an iframe stays: a CMS renders embedded videos
 * and posts as iframes, and its address is checked like any other, its srcdoc dropped); attributes are kept from a list (no event handlers,
 * no {@code style}, no {@code hidden}); links and sources keep only web, mail and relative addresses;
 * an author's {@code gloss-} classes go, so nothing an author writes can pass for, or hide, Gloss's
 * labels (as found: a {@code <style>} in the body hid the markers and footnotes on /page while
 * compliance answered OK). The text a reader sees is left exactly as it was, so the offsets of the
 * plain text still hold. Plain Java, tested without a server.
 */
final class SafeBody {

    /** Removed with their content: none of it is text a reader sees. */
    private static final String ACTIVE = "script, style, template, noscript, frame, frameset, object, embed, applet, "
            + "base, link, meta, portal";

    private static final Set<String> ATTRIBUTES = Set.of("href", "src", "srcset", "sizes", "alt", "title", "id", "class",
            "lang", "dir", "cite", "datetime", "colspan", "rowspan", "headers", "scope", "width", "height", "loading",
            "rel", "start", "reversed", "type", "value", "role", "aria-label", "abbr", "span", "controls", "poster",
            "allowfullscreen");

    private static final Set<String> ADDRESSES = Set.of("href", "src", "cite", "poster");

    // An address with a scheme other than these (javascript:, data:, vbscript: …) is dropped; relative ones stay.
    private static final Pattern SAFE_ADDRESS = Pattern.compile("(?is)(?:https?:|mailto:|tel:|[^:/?#]*(?:[/?#].*)?$).*");

    private SafeBody() {
    }

    /** Makes {@code body} (a parsed article body) safe in place. */
    static void clean(Element body) {
        body.select(ACTIVE).remove();
        for (Element element : body.getAllElements()) {
            if (element == body) {
                continue;
            }
            if (element.normalName().equals("form")) {
                // A form submits somewhere; its content stays, as a plain block.
                element.tagName("div");
            }
            for (Attribute attribute : List.copyOf(element.attributes().asList())) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                boolean keep = ATTRIBUTES.contains(name)
                        && !(ADDRESSES.contains(name) && !SAFE_ADDRESS.matcher(attribute.getValue().strip()).matches())
                        && !(name.equals("srcset") && attribute.getValue().toLowerCase(Locale.ROOT).contains("javascript:"));
                if (!keep) {
                    element.removeAttr(attribute.getKey());
                }
            }
            for (String name : List.copyOf(element.classNames())) {
                if (name.toLowerCase(Locale.ROOT).startsWith("gloss-")) {
                    element.removeClass(name);
                }
            }
            if (element.hasAttr("class") && element.classNames().isEmpty()) {
                element.removeAttr("class");
            }
        }
    }
}
