package io.gloss.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void paragraphsAreSeparatedBySingleNewline() {
        assertThat(ArticleText.fromHtml("<p>First.</p>\n\n  <p>Second.</p><div><p>Third.</p></div>"))
                .isEqualTo("First.\nSecond.\nThird.");
    }

    @Test
    void nestedInlineTagsAddNothing() {
        assertThat(ArticleText.fromHtml("<p>allied with <a href=x>Daesh</a>* and <b>Tahrir</b> al-Sham</p>"))
                .isEqualTo("allied with Daesh* and Tahrir al-Sham");
    }

    @Test
    void insertionsAndDeletionsStayInline() {
        assertThat(ArticleText.fromHtml("<p>The minister <del>resigned</del><ins>was dismissed</ins> today.</p>"))
                .isEqualTo("The minister resignedwas dismissed today.");
    }

    @Test
    void whitespaceCollapsesLikeABrowser() {
        assertThat(ArticleText.fromHtml("<p>  one \t\r\n two <i> three </i>  four  </p>"))
                .isEqualTo("one two three four");
    }

    @Test
    void lineBreakYieldsNewlineAndRepeatedBreaksCollapse() {
        assertThat(ArticleText.fromHtml("<p>line one<br>line two<br/><br>line three<br></p><p>next</p>"))
                .isEqualTo("line one\nline two\nline three\nnext");
    }

    @Test
    void listItemsAreLines() {
        assertThat(ArticleText.fromHtml("<p>Intro:</p><ul>\n  <li>one</li>\n  <li>two <em>2</em></li>\n</ul><ol><li>three</li></ol>"))
                .isEqualTo("Intro:\none\ntwo 2\nthree");
    }

    @Test
    void tableCellsAreNotGluedTogether() {
        assertThat(ArticleText.fromHtml("<table><tr><th>Party</th><th>Seats</th></tr><tr><td>A</td><td>12</td></tr></table>"))
                .isEqualTo("Party\nSeats\nA\n12");
    }

    @Test
    void scriptStyleTemplateAndNoscriptContributeNothing() {
        String html = "<style>p{color:red}</style><p>Before<script>var x = '<p>no</p>';</script> after</p>"
                + "<template><p>hidden</p></template><noscript>enable js</noscript><p>End</p>";
        assertThat(ArticleText.fromHtml(html)).isEqualTo("Before after\nEnd");
    }

    @Test
    void preformattedTextKeepsItsWhitespace() {
        assertThat(ArticleText.fromHtml("<p>Code:</p><pre>\n  if (a) {\r\n\n    b();  \n  }\n</pre><p>Done</p>"))
                .isEqualTo("Code:\n  if (a) {\n\n    b();  \n  }\nDone");
    }

    @Test
    void blankEdgeLinesOfPreformattedTextAreTrimmedButIndentationStays() {
        assertThat(ArticleText.fromHtml("<pre>\n\n \n  indented\n\n</pre>")).isEqualTo("  indented");
    }

    @Test
    void entitiesAreDecodedAndNoBreakSpaceIsKept() {
        assertThat(ArticleText.fromHtml("<p>Fish &amp; chips &lt;3 &#8220;quoted&#8221; 10&nbsp;km</p>"))
                .isEqualTo("Fish & chips <3 \u201Cquoted\u201D 10\u00A0km");
    }

    @Test
    void unicodeIsPreservedExactly() {
        String text = "Emoji \uD83D\uDC4D\uD83C\uDFFD and family \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67, "
                + "Arabic \u0627\u0644\u0633\u0644\u0627\u0645, Hebrew \u05E9\u05DC\u05D5\u05DD, "
                + "combining e\u0301, zero\u200Bwidth\u200Cnon\u200Djoiner\uFEFF, mark \u200F.";
        assertThat(ArticleText.fromHtml("<p>" + text + "</p><p dir=rtl>\u05E9\u05DC\u05D5\u05DD</p>"))
                .isEqualTo(text + "\n\u05E9\u05DC\u05D5\u05DD");
    }

    @Test
    void plainTextWithoutTagsPassesThrough() {
        String text = "Just a sentence, with \u00E9 and \uD83D\uDE00.";
        assertThat(ArticleText.fromHtml(text)).isEqualTo(text);
    }

    @Test
    void emptyOrBlankBodyHasNoText() {
        assertThat(ArticleText.fromHtml("")).isEmpty();
        assertThat(ArticleText.fromHtml(null)).isEmpty();
        assertThat(ArticleText.fromHtml("  <p> </p><div>\n</div><br><hr><script>x</script> ")).isEmpty();
    }

    @Test
    void largeBodyIsFastAndDeterministic() {
        String html = "<p>Paragraph with <a href=\"#\">a link</a> and <b>bold</b> text &amp; more.</p>\n".repeat(1500);
        assertThat(html.length()).isGreaterThan(100_000);
        String first = ArticleText.fromHtml(html);
        long started = System.nanoTime();
        String second = ArticleText.fromHtml(html);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(second).isEqualTo(first);
        assertThat(second.lines()).hasSize(1500).allMatch("Paragraph with a link and bold text & more."::equals);
        // Generous bound so a busy CI machine does not flake; a regression to quadratic work would blow it.
        assertThat(millis).isLessThan(500);
    }
}
