package io.gloss.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.gloss.annotation.AnnotationBody;
import io.gloss.compliance.ComplianceReport.Item;
import io.gloss.compliance.ComplianceReport.Label;
import io.gloss.compliance.ComplianceReport.MentionState;
import io.gloss.compliance.ComplianceReport;
import io.gloss.compliance.DesignationFootnotes;
import io.gloss.detect.MatchReason;
import io.gloss.detect.NameKind;
import io.gloss.detect.OrganizationName;
import io.gloss.publication.MarkerPolicy;
import io.gloss.registry.Designation;
import io.gloss.registry.DesignationCategory;
import io.gloss.registry.OrganizationEntry;

/** What an article shows, decided without a server: footnote groups, "many other countries", markers. */
class EmbedComposerTest {

    private static final LocalDate DATE = LocalDate.of(2024, 3, 1);
    private static final Embed.ArticleInfo ARTICLE = new Embed.ArticleInfo("daily", "a-1", "Title", null,
            Instant.parse("2024-03-01T10:00:00Z"), "en", "en-GB");

    private static final EmbedComposer.Words WORDS = new EmbedComposer.Words() {
        @Override
        public String designation(DesignationCategory category, List<String> names, String jurisdiction, boolean elsewhere) {
            return category + " " + names + " " + jurisdiction + (elsewhere ? " +elsewhere" : "");
        }

        @Override
        public String brands(DesignationCategory category, List<String> names, String owner, String jurisdiction) {
            return names + " of " + owner + " " + category + " " + jurisdiction;
        }

        @Override
        public String relation(AnnotationBody.Relation relation) {
            return relation.name();
        }
    };

    private static OrganizationEntry organization(String name, Map<String, String> labels, Designation... designations) {
        return new OrganizationEntry(name, List.of(new OrganizationName("en", NameKind.PRIMARY, name)), labels, List.of(),
                Map.of(), List.of(), null, null, List.of(designations));
    }

    private static Designation listed(String jurisdiction, DesignationCategory category) {
        return new Designation(jurisdiction, category, null, null, LocalDate.of(2010, 1, 1), null, null, null, null);
    }

    private static final Map<String, OrganizationEntry> REGISTRY = Map.of(
            "isis", organization("Islamic State", Map.of("en", "Daesh", "en-GB", "Daesh (UK)"),
                    listed("RU", DesignationCategory.TERRORIST), listed("UN", DesignationCategory.TERRORIST),
                    listed("US", DesignationCategory.TERRORIST)),
            "hut", organization("Hizb ut-Tahrir", Map.of(), listed("RU", DesignationCategory.TERRORIST),
                    listed("GB", DesignationCategory.TERRORIST)),
            "rs", organization("Right Sector", Map.of("en", "Right Sector"), listed("RU", DesignationCategory.EXTREMIST)),
            "al", organization("Alpha", Map.of(), listed("RU", DesignationCategory.TERRORIST),
                    listed("US", DesignationCategory.TERRORIST), listed("CA", DesignationCategory.TERRORIST)));

    private static MentionState at(int start, int end, Label label) {
        return new MentionState("x", start, end, MatchReason.NAME, label);
    }

    private static Item item(String jurisdiction, String organization, DesignationCategory category, MentionState... mentions) {
        return new Item(jurisdiction, organization, REGISTRY.get(organization).canonicalName(), category, DATE, null,
                null, null, null, true, List.of(mentions));
    }

    private static Embed compose(MarkerPolicy policy, Item... items) {
        ComplianceReport report = new ComplianceReport(ComplianceReport.Status.OK, DATE, List.of(items), List.of(), List.of(), Map.of());
        return composer(report, policy).compose(null, m -> "");
    }

    @Test
    void organisationsShareAFootnotePerJurisdictionAndCategoryInOrderOfMention() {
        Embed embed = compose(MarkerPolicy.FIRST,
                item("RU", "isis", DesignationCategory.TERRORIST, at(0, 5, Label.AUTOMATIC)),
                item("RU", "rs", DesignationCategory.EXTREMIST, at(10, 22, Label.AUTOMATIC)),
                item("RU", "al", DesignationCategory.TERRORIST, at(30, 35, Label.CONFIRMED)),
                item("US", "isis", DesignationCategory.TERRORIST, at(0, 5, Label.AUTOMATIC)));

        assertThat(embed.designations()).extracting(Embed.DesignationNote::text).containsExactly(
                "TERRORIST [Daesh (UK), Alpha] RU +elsewhere",
                "EXTREMIST [Right Sector] RU",
                "TERRORIST [Daesh (UK)] US +elsewhere");
    }

    @Test
    void manyOtherCountriesNeedsTheUnTheEuOrTwoOtherCountries() {
        assertThat(compose(MarkerPolicy.FIRST, item("RU", "hut", DesignationCategory.TERRORIST, at(0, 5, Label.AUTOMATIC)))
                .designations().get(0).alsoElsewhere()).as("listed by one other country").isFalse();
        assertThat(compose(MarkerPolicy.FIRST, item("RU", "al", DesignationCategory.TERRORIST, at(0, 5, Label.AUTOMATIC)))
                .designations().get(0).alsoElsewhere()).as("two other countries").isTrue();
        assertThat(compose(MarkerPolicy.FIRST,
                item("RU", "al", DesignationCategory.TERRORIST, at(0, 5, Label.AUTOMATIC)),
                item("RU", "hut", DesignationCategory.TERRORIST, at(9, 12, Label.AUTOMATIC)))
                .designations().get(0).alsoElsewhere()).as("true only of all organisations in the sentence").isFalse();
    }

    @Test
    void unlabelledMentionsGetNeitherFootnoteNorMarker() {
        Embed embed = compose(MarkerPolicy.EVERY, item("RU", "isis", DesignationCategory.TERRORIST, at(0, 5, Label.NONE)));
        assertThat(embed.designations()).isEmpty();
    }

    @Test
    void onePublicationFollowingTwoLawsStillMarksEachMentionOnce() {
        Item ru = item("RU", "isis", DesignationCategory.TERRORIST, at(0, 5, Label.AUTOMATIC), at(20, 25, Label.AUTOMATIC));
        Item us = item("US", "isis", DesignationCategory.TERRORIST, at(0, 5, Label.AUTOMATIC), at(20, 25, Label.AUTOMATIC));
        String text = "Daesh struck. Later Daesh struck again.";
        ComplianceReport report = new ComplianceReport(ComplianceReport.Status.OK, DATE, List.of(ru, us), List.of(), List.of(), Map.of());
        for (MarkerPolicy policy : MarkerPolicy.values()) {
            String body = composer(report, policy)
                    .compose("<p>" + text + "</p>", m -> "<sup class=\"gloss-marker\">" + m.footnoteId() + "</sup>").body();
            assertThat(body.split("gloss-marker", -1)).as(policy.name())
                    .hasSize(policy == MarkerPolicy.FIRST ? 2 : 3);
            assertThat(body).as("markers link to the first footnote naming the organisation").doesNotContain("gloss-note-d2");
        }
    }

    @Test
    void onlyWebUrlsBecomeLinks() {
        assertThat(EmbedComposer.webUrl("javascript:alert(1)")).isNull();
        assertThat(EmbedComposer.webUrl("data:text/html,x")).isNull();
        assertThat(EmbedComposer.webUrl(" HTTPS://example.org/a ")).isEqualTo("HTTPS://example.org/a");
    }

    private static EmbedComposer composer(ComplianceReport report, MarkerPolicy policy) {
        return new EmbedComposer(ARTICLE, DesignationFootnotes.owed(report, REGISTRY, List.of("RU", "US"), List.of(),
                ARTICLE.locale()), policy, List.of(), WORDS);
    }
}
