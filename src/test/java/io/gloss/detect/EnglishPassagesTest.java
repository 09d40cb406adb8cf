package io.gloss.detect;

import static io.gloss.detect.Detections.detect;
import static io.gloss.detect.Detections.found;
import static io.gloss.detect.MatchReason.ABBREVIATION_UNSUPPORTED;
import static io.gloss.detect.MatchReason.ABBREVIATION_WITH_FULL_NAME;
import static io.gloss.detect.MatchReason.ABBREVIATION_WITH_TRIGGER;
import static io.gloss.detect.MatchReason.FORMER_NAME;
import static io.gloss.detect.MatchReason.NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

/** English passages written for these tests, in the way wire copy names the organisations. */
class EnglishPassagesTest {

    @Test
    void aFullNameCountsOnItsOwn() {
        Detection detection = detect("Kurdish commanders said on Tuesday that Islamic State had regrouped in the "
                + "desert east of Deir ez-Zor, where it still extorts money from truck drivers.", "en");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(found("isis", "Islamic State", NAME));
        assertThat(detection.review()).isEmpty();
    }

    @Test
    void formerlyKnownAsTheAlNusraFrontNamesBothGroups() {
        Detection detection = detect("Hayat Tahrir al-Sham, the alliance formerly known as the al-Nusra Front, "
                + "tightened its hold on Idlib province this week. Residents said HTS had set up new checkpoints "
                + "on the road to the Bab al-Hawa crossing.", "en");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(
                        found("hts", "Hayat Tahrir al-Sham", NAME),
                        found("jabhat-al-nusra", "al-Nusra Front", NAME),
                        found("hts", "HTS", ABBREVIATION_WITH_FULL_NAME));
    }

    @Test
    void aFormerNameIsReportedAsOne() {
        Detection detection = detect("In 2016 the group rebranded itself as Jabhat Fateh al-Sham and claimed to "
                + "have cut its ties with foreign jihadist networks.", "en");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(found("hts", "Jabhat Fateh al-Sham", FORMER_NAME));
    }

    @Test
    void theLongerNameWinsWhereTwoOverlap() {
        Detection detection = detect("The movement grew out of al-Qaeda in Iraq, which broke with the leadership "
                + "of al-Qaeda over the killing of civilians.", "en");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(
                        found("isis", "al-Qaeda in Iraq", FORMER_NAME),
                        found("al-qaeda", "al-Qaeda", NAME));
    }

    @Test
    void everySpellingOfTheArabicArticleFindsNusra() {
        Detection detection = detect("Local activists still call it Jabhat an-Nusra. Older reports spell the "
                + "name al Nusra Front, and a leaked memo simply says an-Nusra.", "en");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface)
                .containsExactly(
                        found("jabhat-al-nusra", "Jabhat an-Nusra"),
                        found("jabhat-al-nusra", "al Nusra Front"),
                        found("jabhat-al-nusra", "an-Nusra"));
    }

    @Test
    void anAbbreviationCountsWhenTheTextAlsoGivesTheFullName() {
        Detection detection = detect("The Islamic State of Iraq and the Levant (ISIL) said in a statement that it "
                + "had carried out the bombing. ISIL has lost most of its territory since 2019.", "en");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(
                        found("isis", "Islamic State of Iraq and the Levant", NAME),
                        found("isis", "ISIL", ABBREVIATION_WITH_FULL_NAME),
                        found("isis", "ISIL", ABBREVIATION_WITH_FULL_NAME));
    }

    @Test
    void anAbbreviationCountsNextToATriggerWord() {
        Detection detection = detect("Iraqi troops killed four ISIS militants in a raid near Kirkuk on Sunday, "
                + "the defence ministry said. In Idlib, residents said HTS fighters had closed the market.", "en");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(
                        found("isis", "ISIS", ABBREVIATION_WITH_TRIGGER),
                        found("hts", "HTS", ABBREVIATION_WITH_TRIGGER));
        assertThat(detection.review()).isEmpty();
    }

    @Test
    void claimingResponsibilitySupportsAnAbbreviation() {
        Detection detection = detect("ISIS claimed responsibility for the bombing in a statement on Telegram.", "en");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(found("isis", "ISIS", ABBREVIATION_WITH_TRIGGER));
    }

    @Test
    void aTriggerWordTooFarAwayGivesNoSupport() {
        Detection detection = detect("ISIS came up only briefly at the summit, said a diplomat who has followed "
                + "the talks on the group for years.", "en");

        assertThat(detection.mentions()).isEmpty();
        assertThat(detection.review()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(found("isis", "ISIS", ABBREVIATION_UNSUPPORTED));
    }

    @Test
    void anAbbreviationWithoutSupportIsLeftForAnEditor() {
        Detection detection = detect("Asked about the strike, the spokesman said only that HTS would be on the "
                + "agenda in Brussels next week.", "en");

        assertThat(detection.mentions()).isEmpty();
        assertThat(detection.review()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(found("hts", "HTS", ABBREVIATION_UNSUPPORTED));
    }

    @Test
    void lowercaseIsNeverTakenForIslamicStateEvenNextToATriggerWord() {
        Detection detection = detect("What is clear is that the group is running out of money. Is the ceasefire "
                + "holding? It is, for now, and this is what the militants fear.", "en");

        assertThat(detection.mentions()).isEmpty();
        assertThat(detection.review()).isEmpty();
    }

    @Test
    void aNonBreakingHyphenAndACurlyApostropheStillSpellAlQaeda() {
        Detection detection = detect("A video released on Friday bore the logo of al\u2011Qaeda, and a later "
                + "statement from al-Qa\u2019ida\u2019s media arm repeated the threat.", "en");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface)
                .containsExactly(
                        found("al-qaeda", "al\u2011Qaeda"),
                        found("al-qaeda", "al-Qa\u2019ida"));
    }

    @Test
    void aMentionEndsBeforeThePossessive() {
        Detection detection = detect("Hamas\u2019s political bureau met in Doha, and the Taliban's envoy "
                + "attended as an observer.", "en");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface)
                .containsExactly(
                        found("hamas", "Hamas"),
                        found("taliban", "Taliban"));
    }

    @Test
    void transliterationsWithDiacriticsAndApostropheLettersMatchThePlainSpelling() {
        Detection detection = detect("The report refers throughout to Hay\u02BCat Ta\u1E25r\u012Br al-Sh\u0101m "
                + "and to Da\u02BCesh.", "en");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::reason)
                .containsExactly(
                        tuple("hts", NAME),
                        tuple("isis", NAME));
    }

    @Test
    void hamaTheCityIsNotHamas() {
        Detection detection = detect("Government artillery shelled villages north of Hama overnight, and the "
                + "road from Hama to Aleppo stayed closed.", "en");

        assertThat(detection.mentions()).isEmpty();
        assertThat(detection.review()).isEmpty();
    }

    @Test
    void aNameInCapitalsStillCounts() {
        Detection detection = detect("HAMAS SAYS TRUCE TALKS HAVE STALLED", "en");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::reason)
                .containsExactly(tuple("hamas", NAME));
    }

    @Test
    void aNameSplitAcrossALineBreakIsOneMention() {
        Detection detection = detect("Egypt has jailed thousands of members of the Muslim\nBrotherhood since 2013.",
                "en");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface)
                .containsExactly(found("muslim-brotherhood", "Muslim\nBrotherhood"));
    }
}
