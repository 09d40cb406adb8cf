package io.gloss.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.gloss.article.ArticleText;

class AnnotatedBodyTest {

    private static final String STAR = "<sup class=\"gloss-marker\"><a href=\"#fn\">*</a></sup>";

    /** A marker after the first occurrence of {@code words} in the body's plain text. */
    private static AnnotatedBody.Marker after(String html, String words) {
        String text = ArticleText.fromHtml(html);
        int at = text.indexOf(words);
        assertThat(at).as("'%s' in the plain text", words).isNotNegative();
        return new AnnotatedBody.Marker(text.codePointCount(0, at + words.length()), STAR);
    }

    private static String marked(String html, String... words) {
        return AnnotatedBody.render(html, java.util.Arrays.stream(words).map(w -> after(html, w)).toList(), Map.of()).html();
    }

    @Test
    void markerFollowsTheMentionInsideItsParagraph() {
        assertThat(marked("<p>Fighters of Daesh attacked.</p>", "Daesh"))
                .isEqualTo("<p>Fighters of Daesh" + STAR + " attacked.</p>");
    }

    @Test
    void mentionSpanningInlineTagsGetsItsMarkerAfterTheClosingTag() {
        assertThat(marked("<p>The <b>Tahrir</b> <i>al-Sham</i> group</p>", "Tahrir al-Sham"))
                .isEqualTo("<p>The <b>Tahrir</b> <i>al-Sham</i>" + STAR + " group</p>");
    }

    @Test
    void markerNeverGoesInsideALink() {
        assertThat(marked("<p>See <a href=\"https://x.example/\">Daesh fighters</a> today</p>", "Daesh"))
                .isEqualTo("<p>See <a href=\"https://x.example/\">Daesh fighters</a>" + STAR + " today</p>");
    }

    @Test
    void markerGoesAfterTheClosingQuote() {
        assertThat(marked("<p>members of \u00ABHayat Tahrir al-Sham\u00BB were seen</p>", "Hayat Tahrir al-Sham"))
                .isEqualTo("<p>members of \u00ABHayat Tahrir al-Sham\u00BB" + STAR + " were seen</p>");
        assertThat(marked("<p>called \"the al-Nusra Front\", a group</p>", "al-Nusra Front"))
                .isEqualTo("<p>called \"the al-Nusra Front\"" + STAR + ", a group</p>");
    }

    @Test
    void apostropheOfAPossessiveIsNotAClosingQuote() {
        assertThat(marked("<p>Daesh's leader</p>", "Daesh")).isEqualTo("<p>Daesh" + STAR + "'s leader</p>");
    }

    @Test
    void attributesKeepTheirTextAndScriptsAndStylesGo() {
        String html = "<p title=\"Daesh\">Daesh</p><script>var s = 'Daesh';</script><style>.Daesh{}</style>";
        assertThat(marked(html, "Daesh")).isEqualTo("<p title=\"Daesh\">Daesh" + STAR + "</p>");
    }

    @Test
    void nothingAnAuthorWritesRunsOrHidesGlossLabels() {
        // As found: a <script> in the body ran on Gloss's origin, and a <style> hid the markers and footnotes.
        String html = "<p onclick=\"steal()\" style=\"color:red\" hidden>Daesh <a href=\"javascript:steal()\">here</a>"
                + " <a href=\"/local#x\">local</a> <img src=\"data:text/html,x\" alt=\"pic\"></p>"
                + "<style>.gloss-marker,.gloss-blocks{display:none}</style><iframe src=\"javascript:steal()\" srcdoc=\"<script>x</script>\"></iframe>"
                + "<iframe src=\"https://video.example/embed/1\" width=\"640\" onload=\"steal()\"></iframe>"
                + "<form action=\"https://evil.example/\"><p class=\"gloss-designation lead\">Form text</p></form>";
        assertThat(marked(html, "Daesh")).isEqualTo("<p>Daesh" + STAR + " <a>here</a> <a href=\"/local#x\">local</a> <img alt=\"pic\"></p>"
                + "<iframe></iframe><iframe src=\"https://video.example/embed/1\" width=\"640\"></iframe><div><p class=\"lead\">Form text</p></div>");
    }

    @Test
    void markersTheCmsAlreadyStoredAreNotDoubled() {
        String once = marked("<p>Daesh and Hamas</p>", "Daesh");
        String text = ArticleText.fromHtml(once);
        assertThat(text).isEqualTo("Daesh and Hamas");
        assertThat(marked(once, "Daesh")).isEqualTo(once);
    }

    @Test
    void entitiesAndTheRestOfTheHtmlSurvive() {
        String html = "<p class=\"lead\">Tom &amp; Jerry met Daesh&nbsp;men</p><!-- note --><img src=\"a.png\" alt=\"x\">";
        assertThat(marked(html, "Daesh"))
                .isEqualTo("<p class=\"lead\">Tom &amp; Jerry met Daesh" + STAR + "&nbsp;men</p><!-- note --><img src=\"a.png\" alt=\"x\">");
    }

    @Test
    void severalMarkersInOneTextNodeKeepTheirPlaces() {
        assertThat(marked("<p>Daesh, Hamas and Hezbollah</p>", "Daesh", "Hamas", "Hezbollah"))
                .isEqualTo("<p>Daesh" + STAR + ", Hamas" + STAR + " and Hezbollah" + STAR + "</p>");
    }

    @Test
    void offsetsCountCodePointsNotChars() {
        String html = "<p>\uD83D\uDE00 Daesh</p>";
        assertThat(marked(html, "Daesh")).isEqualTo("<p>\uD83D\uDE00 Daesh" + STAR + "</p>");
    }

    @Test
    void offsetsOutsideTheTextAreIgnored() {
        assertThat(AnnotatedBody.render("<p>short</p>", List.of(new AnnotatedBody.Marker(99, STAR)), Map.of()).html())
                .isEqualTo("<p>short</p>");
    }

    @Test
    void relatedLinksGoAfterTheirParagraphAndOutOfRangeOnesAreReported() {
        AnnotatedBody.Result result = AnnotatedBody.render("<p>one</p><p>two</p>", List.of(),
                Map.of(1, "<aside>R</aside>", 5, "<aside>late</aside>"));
        assertThat(result.html()).isEqualTo("<p>one</p><aside>R</aside><p>two</p>");
        assertThat(result.filledParagraphs()).containsExactly(1);
    }

    @Test
    void textInPreformattedBlocksWithCarriageReturnsStillLinesUp() {
        String html = "<pre>line\r\nDaesh here</pre>";
        assertThat(marked(html, "Daesh")).isEqualTo("<pre>line\r\nDaesh" + STAR + " here</pre>");
    }
}
