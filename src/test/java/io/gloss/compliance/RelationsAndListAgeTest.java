package io.gloss.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
import io.gloss.registry.Relation;

/** Labels an organisation carries through another (successor, unit, brand), and the age of the lists. */
class RelationsAndListAgeTest {

    private static final Map<String, OrganizationEntry> REGISTRY = Map.of(
            "nusra", entry("Jabhat al-Nusra", List.of(), listed("RU", DesignationCategory.TERRORIST, "2014-12-29")),
            "hts", entry("Hayat Tahrir al-Sham",
                    List.of(new Relation(Relation.Kind.SUCCESSOR_OF, "nusra", LocalDate.parse("2017-01-28"), null)),
                    listed("RU", DesignationCategory.TERRORIST, "2020-06-04")),
            "meta", entry("Meta", List.of(), listed("RU", DesignationCategory.EXTREMIST, "2022-03-21")),
            "instagram", entry("Instagram", List.of(new Relation(Relation.Kind.BRAND_OF, "meta", null, null))),
            "cell", entry("A cell", List.of(new Relation(Relation.Kind.UNIT_OF, "hts", null, null))));

    @Test
    void aRenamedSuccessorCarriesItsPredecessorsDesignationUntilItsOwn() {
        ComplianceReport before = check("2019-05-28", "hts");
        assertThat(before.items()).singleElement().satisfies(item -> {
            assertThat(item.inherited()).isEqualTo(new ComplianceReport.Inherited(Relation.Kind.SUCCESSOR_OF, "nusra", "Jabhat al-Nusra"));
            assertThat(item.listedOn()).isEqualTo("2014-12-29");
            assertThat(item.reason()).isEqualTo("as the successor of Jabhat al-Nusra, listed on 2014-12-29 (ru-fsb-terrorist, entry 1)");
        });
        ComplianceReport after = check("2021-01-01", "hts");
        assertThat(after.items()).singleElement().satisfies(item -> {
            assertThat(item.inherited()).isNull();
            assertThat(item.listedOn()).isEqualTo("2020-06-04");
        });
        // Before the successor existed, there was nothing to inherit.
        assertThat(check("2016-06-01", "hts").items()).isEmpty();
    }

    @Test
    void aBrandCarriesItsOwnersLabelFromTheOwnersListing() {
        assertThat(check("2022-03-20", "instagram").items()).isEmpty();
        assertThat(check("2022-03-21", "instagram").items()).singleElement().satisfies(item -> {
            assertThat(item.category()).isEqualTo(DesignationCategory.EXTREMIST);
            assertThat(item.inherited().relation()).isEqualTo(Relation.Kind.BRAND_OF);
            assertThat(item.reason()).startsWith("as a brand of Meta, listed on 2022-03-21");
        });
    }

    @Test
    void aUnitCarriesWhatItsParentCarriesInTurn() {
        assertThat(check("2019-05-28", "cell").items()).singleElement().satisfies(item -> {
            assertThat(item.inherited()).isEqualTo(new ComplianceReport.Inherited(Relation.Kind.SUCCESSOR_OF, "nusra", "Jabhat al-Nusra"));
        });
    }

    @Test
    void anOldListMeansNotCheckedSinceNeverOk() {
        ListAge fresh = new ListAge("ru-fsb-terrorist", "RU", LocalDate.parse("2026-11-30"), 2, false);
        ListAge old = new ListAge("ru-fsb-terrorist", "RU", LocalDate.parse("2026-09-16"), 77, true);
        Detection nothing = new Detection(List.of(), List.of());

        assertThat(checker("2026-12-01", List.of(fresh)).check(nothing, List.of()).status()).isEqualTo(Status.OK);
        ComplianceReport report = checker("2026-12-01", List.of(old)).check(nothing, List.of());
        assertThat(report.status()).isEqualTo(Status.LISTS_OUTDATED);
        assertThat(report.status().ofLabels()).isEqualTo(Status.OK);
        assertThat(report.lists()).containsExactly(old);
        // A missing label is still the worse news.
        ComplianceCheck strict = new ComplianceCheck(List.of("RU"), LocalDate.parse("2019-05-28"), LabelPolicy.EDITOR_CONFIRMS,
                REGISTRY, List.of(old));
        assertThat(strict.check(detection("hts"), List.of()).status()).isEqualTo(Status.MISSING);
    }

    private static ComplianceReport check(String date, String organization) {
        return checker(date, List.of()).check(detection(organization), List.of());
    }

    private static ComplianceCheck checker(String date, List<ListAge> lists) {
        return new ComplianceCheck(List.of("RU"), LocalDate.parse(date), LabelPolicy.AUTOMATIC, REGISTRY, lists);
    }

    private static Detection detection(String organization) {
        return new Detection(List.of(new Mention(organization, "x", 0, 1, "x", MatchReason.NAME)), List.of());
    }

    private static OrganizationEntry entry(String name, List<Relation> relations, Designation... designations) {
        return new OrganizationEntry(name, List.of(new OrganizationName("en", NameKind.PRIMARY, name)), Map.of(), List.of(),
                Map.of(), relations, Confidence.HIGH, null, List.of(designations));
    }

    private static Designation listed(String jurisdiction, DesignationCategory category, String on) {
        return new Designation(jurisdiction, category, null, null, LocalDate.parse(on), null, Confidence.HIGH, null, null,
                "ru-fsb-terrorist", "1", null, null, null);
    }
}
