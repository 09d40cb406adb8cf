package io.gloss.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.gloss.annotation.AnnotationBody.Decision;
import io.gloss.compliance.ComplianceReport.Label;
import io.gloss.compliance.ComplianceReport.Status;
import io.gloss.detect.Detection;
import io.gloss.detect.MatchReason;
import io.gloss.detect.Mention;
import io.gloss.detect.NameKind;
import io.gloss.detect.OrganizationName;
import io.gloss.publication.LabelPolicy;
import io.gloss.registry.Confidence;
import io.gloss.registry.Designation;
import io.gloss.registry.DesignationCategory;
import io.gloss.registry.OrganizationEntry;

/** The legal rules of the compliance check, on hand-made detections (no detector, no server). */
class ComplianceCheckTest {

    private static final Map<String, OrganizationEntry> REGISTRY = Map.of(
            "taliban", entry("Taliban", designation("RU", "2003-02-14", "2025-05-20")),
            "isis", entry("Islamic State", designation("RU", "2014-12-29", null), designation("US", "2004-12-17", null)),
            "hts", entry("Hayat Tahrir al-Sham", designation("RU", "2020-06-04", null)),
            "hamas", entry("Hamas", designation("US", "1997-10-08", null)));

    private static final Mention TALIBAN = mention("taliban", "Taliban", 10, MatchReason.NAME);
    private static final Mention DAESH = mention("isis", "Daesh", 30, MatchReason.NAME);
    private static final Mention HTS_NAME = mention("hts", "Tahrir al-Sham", 50, MatchReason.NAME);
    private static final Mention HAMAS = mention("hamas", "Hamas", 70, MatchReason.NAME);
    private static final Mention WEAK_IS = mention("isis", "IS", 90, MatchReason.ABBREVIATION_UNSUPPORTED);

    @Test
    void talibanMentionIn2018NeedsTheRussianLabel() {
        ComplianceReport report = check(List.of("RU"), "2018-06-01", detection(TALIBAN), List.of());

        assertThat(report.status()).isEqualTo(Status.OK);
        assertThat(report.items()).singleElement().satisfies(item -> {
            assertThat(item.organization()).isEqualTo("taliban");
            assertThat(item.jurisdiction()).isEqualTo("RU");
            assertThat(item.labelled()).isTrue();
            assertThat(item.mentions()).extracting(ComplianceReport.MentionState::label).containsExactly(Label.AUTOMATIC);
        });
    }

    @Test
    void talibanMentionAfterTheBanWasSuspendedNeedsNoLabel() {
        assertThat(check(List.of("RU"), "2025-09-01", detection(TALIBAN), List.of()).items()).isEmpty();
        // The day the suspension took effect is already free; the day before is not.
        // Suspended by decision АКПИ25-174с of 17.04.2025, in force 20.05.2025: the label was due until then.
        assertThat(check(List.of("RU"), "2025-05-20", detection(TALIBAN), List.of()).items()).isEmpty();
        assertThat(check(List.of("RU"), "2025-05-19", detection(TALIBAN), List.of()).items()).hasSize(1);
    }

    @Test
    void hamasIsNotDesignatedInRussiaButIsInTheUnitedStates() {
        assertThat(check(List.of("RU"), "2024-01-01", detection(HAMAS), List.of()).items()).isEmpty();
        assertThat(check(List.of("RU", "US"), "2024-01-01", detection(HAMAS), List.of()).items())
                .extracting(ComplianceReport.Item::jurisdiction).containsExactly("US");
    }

    @Test
    void organisationListedAfterTheArticleDateNeedsNoLabel() {
        assertThat(check(List.of("RU"), "2019-05-28", detection(HTS_NAME), List.of()).items()).isEmpty();
        assertThat(check(List.of("RU"), "2020-06-04", detection(HTS_NAME), List.of()).items()).hasSize(1);
    }

    @Test
    void itemsFollowJurisdictionsThenFirstAppearance() {
        ComplianceReport report = check(List.of("RU", "US"), "2021-01-01", detection(HTS_NAME, DAESH), List.of());

        assertThat(report.items()).extracting(i -> i.jurisdiction() + ":" + i.organization())
                .containsExactly("RU:isis", "RU:hts", "US:isis");
    }

    @Test
    void rejectedMentionIsNoMention() {
        EditorDecision river = new EditorDecision("isis", Decision.REJECTED, 30, 35, false);

        ComplianceReport report = check(List.of("RU"), "2021-01-01", detection(DAESH), List.of(river));

        assertThat(report.items()).isEmpty();
        assertThat(report.status()).isEqualTo(Status.OK);
        // Without an item, the editor still reads whom the decision was about by name, not slug.
        assertThat(report.decided()).containsExactly(Map.entry("isis", REGISTRY.get("isis").canonicalName()));
    }

    @Test
    void underEditorConfirmsPolicyAnUnconfirmedMentionIsMissing() {
        ComplianceCheck strict = new ComplianceCheck(List.of("RU"), LocalDate.parse("2021-01-01"),
                LabelPolicy.EDITOR_CONFIRMS, REGISTRY, List.of());

        ComplianceReport unconfirmed = strict.check(detection(DAESH), List.of());
        ComplianceReport confirmed = strict.check(detection(DAESH),
                List.of(new EditorDecision("isis", Decision.CONFIRMED, 30, 35, false)));

        assertThat(unconfirmed.status()).isEqualTo(Status.MISSING);
        assertThat(unconfirmed.items()).singleElement().satisfies(item -> assertThat(item.labelled()).isFalse());
        assertThat(confirmed.status()).isEqualTo(Status.OK);
        assertThat(confirmed.items().get(0).mentions().get(0).label()).isEqualTo(Label.CONFIRMED);
    }

    @Test
    void weakMatchOfADesignatedOrganisationWaitsForReview() {
        ComplianceReport report = check(List.of("RU"), "2021-01-01", new Detection(List.of(), List.of(WEAK_IS)), List.of());

        assertThat(report.status()).isEqualTo(Status.REVIEW);
        assertThat(report.review()).singleElement().satisfies(weak -> {
            assertThat(weak.organization()).isEqualTo("isis");
            assertThat(weak.jurisdictions()).containsExactly("RU");
        });
        assertThat(report.items()).isEmpty();
    }

    @Test
    void confirmedWeakMatchBecomesALabelledMentionAndRejectedOneDisappears() {
        Detection weak = new Detection(List.of(), List.of(WEAK_IS));

        ComplianceReport confirmed = check(List.of("RU"), "2021-01-01", weak,
                List.of(new EditorDecision("isis", Decision.CONFIRMED, 90, 92, false)));
        ComplianceReport rejected = check(List.of("RU"), "2021-01-01", weak,
                List.of(new EditorDecision("isis", Decision.REJECTED, 90, 92, false)));

        assertThat(confirmed.status()).isEqualTo(Status.OK);
        assertThat(confirmed.items()).singleElement().satisfies(item -> assertThat(item.labelled()).isTrue());
        assertThat(rejected.status()).isEqualTo(Status.OK);
        assertThat(rejected.items()).isEmpty();
        assertThat(rejected.review()).isEmpty();
    }

    @Test
    void weakMatchOfAnOrganisationNotDesignatedThereNeedsNoReview() {
        Mention weakHamas = mention("hamas", "HMS", 5, MatchReason.ABBREVIATION_UNSUPPORTED);

        ComplianceReport report = check(List.of("RU"), "2021-01-01", new Detection(List.of(), List.of(weakHamas)), List.of());

        assertThat(report.status()).isEqualTo(Status.OK);
        assertThat(report.review()).isEmpty();
    }

    @Test
    void mentionTheDetectorMissedCountsOnceAnEditorConfirmsIt() {
        EditorDecision added = new EditorDecision("hts", Decision.CONFIRMED, 120, 124, false);

        ComplianceReport report = check(List.of("RU"), "2021-01-01", detection(), List.of(added));

        assertThat(report.items()).singleElement().satisfies(item -> {
            assertThat(item.organization()).isEqualTo("hts");
            assertThat(item.labelled()).isTrue();
            assertThat(item.mentions().get(0).start()).isEqualTo(120);
        });
    }

    @Test
    void editorsMentionWhosePassageWasLostIsMissing() {
        EditorDecision lost = new EditorDecision("hts", Decision.CONFIRMED, 120, 124, true);

        ComplianceReport report = check(List.of("RU"), "2021-01-01", detection(), List.of(lost));

        assertThat(report.status()).isEqualTo(Status.MISSING);
        assertThat(report.items().get(0).mentions().get(0).label()).isEqualTo(Label.NONE);
    }

    private static ComplianceReport check(List<String> jurisdictions, String date, Detection detection,
            List<EditorDecision> decisions) {
        return new ComplianceCheck(jurisdictions, LocalDate.parse(date), LabelPolicy.AUTOMATIC, REGISTRY, List.of())
                .check(detection, decisions);
    }

    private static Detection detection(Mention... mentions) {
        return new Detection(List.of(mentions), List.of());
    }

    private static Mention mention(String organization, String surface, int start, MatchReason reason) {
        return new Mention(organization, surface, start, start + surface.length(), surface, reason);
    }

    private static OrganizationEntry entry(String name, Designation... designations) {
        return new OrganizationEntry(name, List.of(new OrganizationName("en", NameKind.PRIMARY, name)), Map.of(),
                List.of(), Map.of(), List.of(), Confidence.HIGH, null, List.of(designations));
    }

    private static Designation designation(String jurisdiction, String listedOn, String delistedOn) {
        return new Designation(jurisdiction, DesignationCategory.TERRORIST, null, null, LocalDate.parse(listedOn),
                delistedOn == null ? null : LocalDate.parse(delistedOn), Confidence.HIGH, null, null);
    }
}
