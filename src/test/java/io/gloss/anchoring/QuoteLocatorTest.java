package io.gloss.anchoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.gloss.anchoring.Located.Failed;
import io.gloss.anchoring.Located.Found;
import io.gloss.anchoring.Located.Reason;
import org.junit.jupiter.api.Test;

class QuoteLocatorTest {

    private static final String ARTICLE = "The court ruled on Monday that the group is banned. "
            + "Lawyers said the ruling was final. The group appealed anyway.";

    private static final String PARAGRAPH = "After a debate that lasted well past midnight, the motion passed "
            + "with a narrow majority of councillors voting in favour.";

    private final QuoteLocator locator = new QuoteLocator();

    // ---- locate: selectors sent by an editor ----

    @Test
    void positionsOnlySelectorIsFilledFromText() {
        int start = ARTICLE.indexOf("the ruling");
        TextQuote quote = found(locator.locate(ARTICLE, new TextQuote(null, null, null, start, start + 10)));

        assertThat(quote).isEqualTo(new TextQuote("the ruling",
                "e group is banned. Lawyers said ", " was final. The group appealed a", start, start + 10));
    }

    @Test
    void exactOnlySelectorGetsPositionsAndContext() {
        TextQuote quote = found(locator.locate(ARTICLE, new TextQuote("is banned", null, null, null, null)));

        assertThat(quote).isEqualTo(new TextQuote("is banned",
                " ruled on Monday that the group ", ". Lawyers said the ruling was fi", 41, 50));
    }

    @Test
    void matchingPositionsWinOverContextTheClientGotWrong() {
        int second = ARTICLE.lastIndexOf("group");
        TextQuote sent = new TextQuote("group", "stale", "copy", second, second + 5);

        TextQuote quote = found(locator.locate(ARTICLE, sent));

        assertThat(quote.start()).isEqualTo(second);
        assertThat(quote.prefix()).endsWith("final. The ");
    }

    @Test
    void mismatchedPositionFallsBackToQuoteSearch() {
        TextQuote quote = found(locator.locate(ARTICLE, new TextQuote("Lawyers said", null, null, 3, 15)));

        assertThat(quote.start()).isEqualTo(ARTICLE.indexOf("Lawyers said"));
        assertThat(quote.exact()).isEqualTo("Lawyers said");
    }

    @Test
    void mismatchedPositionOfMissingQuoteIsNotFound() {
        assertFailed(locator.locate(ARTICLE, new TextQuote("the verdict", null, null, 0, 11)), Reason.NOT_FOUND);
    }

    @Test
    void repeatedQuoteWithoutContextOrPositionIsAmbiguous() {
        assertFailed(locator.locate(ARTICLE, new TextQuote("group", null, null, null, null)), Reason.AMBIGUOUS);
    }

    @Test
    void repeatedQuoteIsChosenByTheContextTheEditorSent() {
        TextQuote quote = found(locator.locate(ARTICLE, new TextQuote("group", "final. The ", null, null, null)));

        assertThat(quote.start()).isEqualTo(ARTICLE.lastIndexOf("group"));
    }

    @Test
    void positionsOutsideTheTextAreOutOfRange() {
        int length = ARTICLE.length();
        assertFailed(locator.locate(ARTICLE, new TextQuote(null, null, null, -1, 4)), Reason.OUT_OF_RANGE);
        assertFailed(locator.locate(ARTICLE, new TextQuote(null, null, null, 10, length + 1)), Reason.OUT_OF_RANGE);
        assertFailed(locator.locate(ARTICLE, new TextQuote(null, null, null, 10, 5)), Reason.OUT_OF_RANGE);
    }

    @Test
    void emptySelectionIsRejected() {
        assertFailed(locator.locate(ARTICLE, new TextQuote(null, null, null, 7, 7)), Reason.EMPTY);
        assertFailed(locator.locate(ARTICLE, new TextQuote("", "The ", null, null, null)), Reason.EMPTY);
        assertFailed(locator.locate(ARTICLE, new TextQuote(null, null, null, 7, null)), Reason.EMPTY);
    }

    @Test
    void quoteNotInTextIsNotFound() {
        Failed failed = assertFailed(locator.locate(ARTICLE, new TextQuote("the verdict", null, null, null, null)),
                Reason.NOT_FOUND);
        assertThat(failed.message()).isNotBlank();
    }

    @Test
    void quoteAtStartAndEndOfTextHasShortContext() {
        TextQuote first = found(locator.locate(ARTICLE, new TextQuote("The court", null, null, null, null)));
        assertThat(first.prefix()).isEmpty();
        assertThat(first.start()).isZero();
        assertThat(first.suffix()).isEqualTo(" ruled on Monday that the group ");

        TextQuote last = found(locator.locate(ARTICLE, new TextQuote("anyway.", null, null, null, null)));
        assertThat(last.suffix()).isEmpty();
        assertThat(last.end()).isEqualTo(ARTICLE.length());

        TextQuote whole = found(locator.locate("Short.", new TextQuote(null, null, null, 0, 6)));
        assertThat(whole).isEqualTo(new TextQuote("Short.", "", "", 0, 6));
    }

    @Test
    void contextLengthIsConfigurable() {
        TextQuote quote = found(new QuoteLocator(5).locate(ARTICLE, new TextQuote("Lawyers", null, null, null, null)));

        assertThat(quote.prefix()).isEqualTo("ned. ");
        assertThat(quote.suffix()).isEqualTo(" said");
    }

    // ---- code points ----

    @Test
    void offsetsCountCodePointsNotUtf16Units() {
        String text = "\uD83D\uDC4D Deal \uD83C\uDDFA\uD83C\uDDE6 signed";
        TextQuote quote = found(locator.locate(text, new TextQuote("signed", null, null, null, null)));

        // thumbs-up (1) + space + "Deal" + space + flag (2 regional indicators) + space = 10 code points
        assertThat(quote.start()).isEqualTo(10);
        assertThat(quote.end()).isEqualTo(16);
        assertThat(text.indexOf("signed")).isEqualTo(13);
        assertThat(quote.prefix()).isEqualTo("\uD83D\uDC4D Deal \uD83C\uDDFA\uD83C\uDDE6 ");

        TextQuote byPosition = found(locator.locate(text, new TextQuote(null, null, null, 0, 1)));
        assertThat(byPosition.exact()).isEqualTo("\uD83D\uDC4D");
    }

    @Test
    void combiningMarksZeroWidthJoinersAndRtlTextRoundTrip() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"; // 5 code points
        String cafe = "cafe\u0301";                                          // 5 code points
        String arabic = "\u0627\u0644\u0633\u0644\u0627\u0645";               // 6 code points
        String hebrew = "\u05E9\u05DC\u05D5\u05DD";                           // 4 code points
        String text = family + " " + cafe + " \u200F" + arabic + " " + hebrew + "\u200B.";

        TextQuote quote = found(locator.locate(text, new TextQuote(arabic + " " + hebrew, null, null, null, null)));
        assertThat(quote.start()).isEqualTo(5 + 1 + 5 + 2);
        assertThat(quote.end()).isEqualTo(13 + 6 + 1 + 4);
        assertThat(quote.prefix()).isEqualTo(family + " " + cafe + " \u200F");
        assertThat(quote.suffix()).isEqualTo("\u200B.");

        TextQuote accent = found(locator.locate(text, new TextQuote(null, null, null, 6, 11)));
        assertThat(accent.exact()).isEqualTo(cafe);
        assertThat(found(locator.locate(text, new TextQuote(null, null, null, 0, 5))).exact()).isEqualTo(family);
    }

    @Test
    void precomposedAndDecomposedAccentsAreDifferentQuotes() {
        assertFailed(locator.locate("un caf\u00E9", new TextQuote("cafe\u0301", null, null, null, null)), Reason.NOT_FOUND);
    }

    // ---- reanchor: the article text changed ----

    @Test
    void unchangedTextKeepsTheSameSelector() {
        TextQuote stored = found(locator.locate(ARTICLE, new TextQuote("the ruling was final", null, null, null, null)));

        assertThat(found(locator.reanchor(ARTICLE, stored))).isEqualTo(stored);
    }

    @Test
    void quoteMovedDownKeepsItsAnchor() {
        TextQuote stored = found(locator.locate(ARTICLE, new TextQuote("the ruling was final", null, null, null, null)));
        String edited = "Update: added a new opening paragraph \uD83D\uDCF0.\n" + ARTICLE;

        TextQuote moved = found(locator.reanchor(edited, stored));

        // The emoji is one code point, so it counts like the single "X" here.
        int shift = "Update: added a new opening paragraph X.\n".length();
        assertThat(moved.start()).isEqualTo(stored.start() + shift);
        assertThat(moved.end()).isEqualTo(stored.end() + shift);
        assertThat(moved.exact()).isEqualTo(stored.exact());
    }

    @Test
    void contextIsRecomputedAfterNearbyEdit() {
        TextQuote stored = found(locator.locate(ARTICLE, new TextQuote("the ruling was final", null, null, null, null)));
        String edited = ARTICLE.replace("Lawyers said", "Lawyers for the group said");

        TextQuote moved = found(locator.reanchor(edited, stored));

        assertThat(moved.prefix()).endsWith("Lawyers for the group said ");
        assertThat(moved.start()).isEqualTo(edited.indexOf("the ruling was final"));
    }

    @Test
    void duplicateQuoteIsDisambiguatedByPrefix() {
        String text = "Police arrested two men. Later, the suspects were released. "
                + "Witnesses said that the suspects were released without charge.";
        int second = text.lastIndexOf("the suspects were released");
        TextQuote stored = found(locator.locate(text, new TextQuote(null, null, null, second, second + 26)));
        String edited = "A new lead. " + text;

        TextQuote moved = found(locator.reanchor(edited, stored));

        assertThat(moved.start()).isEqualTo(edited.lastIndexOf("the suspects were released"));
        assertThat(moved.prefix()).endsWith("Witnesses said that ");
    }

    @Test
    void duplicateQuoteWithSameContextIsAmbiguous() {
        TextQuote stored = found(locator.locate(PARAGRAPH, new TextQuote("the motion passed", null, null, null, null)));
        // The paragraph was pasted twice under a new intro: both copies match fully, neither kept its offset.
        String edited = "Live updates.\n" + PARAGRAPH + "\n" + PARAGRAPH;

        Failed failed = assertFailed(locator.reanchor(edited, stored), Reason.AMBIGUOUS);
        assertThat(failed.message()).contains("2 times");
    }

    @Test
    void tiedDuplicateIsResolvedByUnchangedPosition() {
        TextQuote stored = found(locator.locate(PARAGRAPH, new TextQuote("the motion passed", null, null, null, null)));
        String edited = PARAGRAPH + "\n" + PARAGRAPH;

        assertThat(found(locator.reanchor(edited, stored))).isEqualTo(stored);
    }

    @Test
    void deletedQuoteIsNotFound() {
        TextQuote stored = found(locator.locate(ARTICLE, new TextQuote("Lawyers said the ruling was final.", null, null, null, null)));
        String edited = ARTICLE.replace("Lawyers said the ruling was final. ", "");

        assertFailed(locator.reanchor(edited, stored), Reason.NOT_FOUND);
    }

    @Test
    void rewrittenContextIsNotAttachedToLookAlike() {
        String original = "Investigators said the accounts were frozen. The money went abroad. The firm denies it.";
        TextQuote stored = found(locator.locate(original, new TextQuote("The money went abroad.", null, null, null, null)));
        // The passage was rewritten; the same sentence now stands alone in an unrelated paragraph.
        String rewritten = "Investigators have closed the case.\nThe money went abroad.\nA second firm was fined.";

        Failed failed = assertFailed(locator.reanchor(rewritten, stored), Reason.NOT_FOUND);
        assertThat(failed.message()).contains("surrounding text");
    }

    @Test
    void lookAlikeSharingOnlyASpaceOrFullStopIsNotAttached() {
        String original = "Investigators said the accounts were frozen. The money went abroad. The firm denies it.";
        TextQuote stored = found(locator.locate(original, new TextQuote("The money went abroad.", null, null, null, null)));
        // Mid-paragraph, so a space on each side still matches the stored context: that is no evidence.
        String rewritten = "Police closed the case. The money went abroad. Nobody was charged.";

        assertFailed(locator.reanchor(rewritten, stored), Reason.NOT_FOUND);
    }

    @Test
    void partiallyKeptContextStillAnchors() {
        String original = "Prosecutors allege the company paid bribes in 2019. The firm denies it.";
        TextQuote stored = found(locator.locate(original, new TextQuote("paid bribes", null, null, null, null)));
        String edited = "Prosecutors now claim the company paid bribes in 2018 and 2019.";

        TextQuote moved = found(locator.reanchor(edited, stored));

        assertThat(moved.start()).isEqualTo(edited.indexOf("paid bribes"));
    }

    @Test
    void reanchoringCountsCodePoints() {
        String text = "Said \u05E9\u05DC\u05D5\u05DD: the deal is off.";
        TextQuote stored = found(locator.locate(text, new TextQuote("the deal is off", null, null, null, null)));
        String edited = "\uD83D\uDEA8\uD83D\uDEA8 " + text;

        TextQuote moved = found(locator.reanchor(edited, stored));

        assertThat(moved.start()).isEqualTo(stored.start() + 3);
        assertThat(moved.prefix()).isEqualTo("\uD83D\uDEA8\uD83D\uDEA8 Said \u05E9\u05DC\u05D5\u05DD: ");
    }

    private static TextQuote found(Located located) {
        assertThat(located).isInstanceOf(Found.class);
        return ((Found) located).quote();
    }

    private static Failed assertFailed(Located located, Reason reason) {
        assertThat(located).isInstanceOf(Failed.class);
        Failed failed = (Failed) located;
        assertThat(failed.reason()).isEqualTo(reason);
        return failed;
    }
}
