package io.gloss.detect;

import static io.gloss.detect.Detections.detect;
import static io.gloss.detect.Detections.found;
import static io.gloss.detect.MatchReason.ABBREVIATION_WITH_TRIGGER;
import static io.gloss.detect.MatchReason.LOOK_ALIKE_IN_TEXT;
import static io.gloss.detect.MatchReason.NAME;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LookAlikeTest {

    @Test
    void theFootballClubHidesTheNameItContains() {
        Detection detection = detect("Al-Shabab FC won the derby.", "en");

        assertThat(detection.mentions()).isEmpty();
        assertThat(detection.review()).isEmpty();
    }

    @Test
    void withoutTheLookAlikeTheSameWordsWouldBeAMention() {
        Detector withoutLookAlikes = Detector.compile(List.of(new DetectableOrganization("al-shabaab",
                List.of(new OrganizationName("en", NameKind.ALIAS, "al-Shabab")), List.of())));

        assertThat(withoutLookAlikes.detect("Al-Shabab FC won the derby.", "en").mentions())
                .extracting(Mention::surface).containsExactly("Al-Shabab");
    }

    @Test
    void aBareNameInAReportThatNamesTheClubGoesToAnEditor() {
        Detection detection = detect("Al-Shabab FC won the Riyadh derby on Friday. Al-Shabab now sit third, "
                + "two points behind the leaders.", "en");

        assertThat(detection.mentions()).isEmpty();
        assertThat(detection.review()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(found("al-shabaab", "Al-Shabab", LOOK_ALIKE_IN_TEXT));
    }

    @Test
    void aBareIsisInAPhysicsReportGoesToAnEditorEvenBesideGroup() {
        Detection detection = detect("The ISIS Neutron and Muon Source will close for upgrades in May. The ISIS "
                + "user group expects the beamlines back in 2027.", "en");

        assertThat(detection.mentions()).isEmpty();
        assertThat(detection.review()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(found("isis", "ISIS", LOOK_ALIKE_IN_TEXT));
    }

    @Test
    void aLookAlikeThatHidesNothingCastsNoDoubt() {
        Detection detection = detect("Students on the Isis river in Oxford held a vigil for the victims of the "
                + "attack claimed by ISIS militants.", "en");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(found("isis", "ISIS", ABBREVIATION_WITH_TRIGGER));
    }

    @Test
    void vilayatKavkazIsNotTheCaucasusEmirateNamedBesideIt() {
        Detection detection = detect("В 2015 году часть боевиков «Имарата Кавказ» присягнула ИГ и объявила "
                + "о создании «вилаята Кавказ».", "ru");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(
                        found("caucasus-emirate", "Имарата Кавказ", NAME),
                        found("isis", "ИГ", ABBREVIATION_WITH_TRIGGER));
    }
}
