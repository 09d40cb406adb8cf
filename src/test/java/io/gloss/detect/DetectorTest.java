package io.gloss.detect;

import static io.gloss.detect.Detections.detect;
import static io.gloss.detect.Detections.found;
import static io.gloss.detect.MatchReason.ABBREVIATION_IN_CAPITALS;
import static io.gloss.detect.MatchReason.ABBREVIATION_WITH_FULL_NAME;
import static io.gloss.detect.MatchReason.NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class DetectorTest {

    private static final String PASSAGE = "Hayat Tahrir al-Sham said HTS fighters had left Saraqib, while "
            + "Islamic State cells attacked a convoy near Palmyra.";

    @Test
    void anAbbreviationInAShoutedHeadlineIsLeftForAnEditorDespiteFullNameAndTrigger() {
        Detection detection = detect("WHY IS THE GROUP SILENT? Islamic State has not commented.", "en");

        assertThat(detection.mentions()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(found("isis", "Islamic State", NAME));
        assertThat(detection.review()).extracting(Mention::organization, Mention::surface, Mention::reason)
                .containsExactly(found("isis", "IS", ABBREVIATION_IN_CAPITALS));
    }

    @Test
    void aListOfAbbreviationsIsNotTakenForShouting() {
        Detection detection = detect("Islamic State (ISIS, ISIL, IS) lost its last town in 2019.", "en");

        assertThat(detection.mentions()).extracting(Mention::surface, Mention::reason).containsExactly(
                tuple("Islamic State", NAME),
                tuple("ISIS", ABBREVIATION_WITH_FULL_NAME),
                tuple("ISIL", ABBREVIATION_WITH_FULL_NAME),
                tuple("IS", ABBREVIATION_WITH_FULL_NAME));
    }

    @Test
    void regionalLanguageTagsUseTheirLanguagesStemmer() {
        assertThat(detect("Представители Талибана прибыли в Москву.", "ru-RU").mentions())
                .extracting(Mention::surface).containsExactly("Талибана");
    }

    @Test
    void aLanguageWithoutItsOwnAnalysisStillFindsNamesAsWritten() {
        assertThat(detect("Делегація ХАМАС прибула до Каїра.", "uk").mentions())
                .extracting(Mention::organization).containsExactly("hamas");
        assertThat(detect("Hamas hat die Waffenruhe bestätigt.", null).mentions())
                .extracting(Mention::organization).containsExactly("hamas");
    }

    @Test
    void anEmptyTextHasNoMentions() {
        Detection detection = detect("", "en");

        assertThat(detection.mentions()).isEmpty();
        assertThat(detection.review()).isEmpty();
    }

    @Test
    void twoOrganisationsSharingANameAreBothReported() {
        Detector detector = Detector.compile(List.of(
                new DetectableOrganization("isis", List.of(new OrganizationName("en", NameKind.ALIAS, "The State")),
                        List.of()),
                new DetectableOrganization("other", List.of(new OrganizationName("en", NameKind.ALIAS, "The State")),
                        List.of())));

        assertThat(detector.detect("Fighters loyal to The State withdrew.", "en").mentions())
                .extracting(Mention::organization).containsExactlyInAnyOrder("isis", "other");
    }

    @Test
    void aNewAliasIsFoundOnceTheDetectorIsRebuilt() {
        String text = "Supporters of Tanzim al-Qa'idat fi Bilad al-Rafidayn were arrested.";
        assertThat(TestRegistry.DETECTOR.detect(text, "en").mentions()).isEmpty();

        List<DetectableOrganization> updated = new java.util.ArrayList<>(TestRegistry.ORGANIZATIONS);
        updated.add(new DetectableOrganization("isis", List.of(
                new OrganizationName("en", NameKind.FORMER_NAME, "Tanzim Qaidat al-Jihad fi Bilad al-Rafidayn"),
                new OrganizationName("en", NameKind.FORMER_NAME, "Tanzim al-Qa'idat fi Bilad al-Rafidayn")), List.of()));

        assertThat(Detector.compile(updated).detect(text, "en").mentions())
                .extracting(Mention::organization, Mention::reason)
                .containsExactly(tuple("isis", MatchReason.FORMER_NAME));
    }

    @Test
    void threadsSharingOneDetectorGetTheSameAnswers() throws Exception {
        Detection expected = TestRegistry.DETECTOR.detect(PASSAGE, "en");
        assertThat(expected.mentions()).hasSize(3);

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Detection>> results = pool.invokeAll(IntStream.range(0, 200)
                    .mapToObj(i -> (java.util.concurrent.Callable<Detection>) () ->
                            TestRegistry.DETECTOR.detect(PASSAGE, i % 2 == 0 ? "en" : "ru"))
                    .toList());
            for (Future<Detection> result : results) {
                assertThat(result.get().mentions()).isEqualTo(expected.mentions());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
