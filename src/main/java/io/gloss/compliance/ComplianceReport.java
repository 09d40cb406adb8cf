package io.gloss.compliance;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.gloss.detect.MatchReason;
import io.gloss.registry.DesignationCategory;
import io.gloss.registry.Relation;

/**
 * What an article owes: for each jurisdiction the publication follows, every organisation
 * designated there on the article's date that the article mentions, and whether each mention is
 * labelled. {@code status} is MISSING when any is not, else REVIEW when weak matches of designated
 * organisations wait for an editor, else LISTS_OUTDATED when a list behind the check is older than the
 * configured age (nothing is missing as far as Gloss's copies go, but they were not checked since), else OK.
 * {@code lists} are the official lists of the publication's jurisdictions with the age of Gloss's copies.
 * {@code decided}: the names, by slug, of the organisations editors decided on (confirmed or rejected).
 * {@code reviewCount} (and each item's {@code mentionCount}) say how many there are when a reply shows
 * only the first of them ({@link #abridged}).
 */
public record ComplianceReport(Status status, LocalDate date, List<Item> items, List<ReviewItem> review,
        List<ListAge> lists, Map<String, String> decided, int reviewCount) {

    /**
     * Mentions per item, and review entries, that a reply shows: an article naming one organisation
     * thousands of times made compliance replies of megabytes, and no editor reads past the first few
     * hundred. The status and each item's {@code labelled} are decided on all of them.
     */
    public static final int SHOWN = 200;

    public ComplianceReport(Status status, LocalDate date, List<Item> items, List<ReviewItem> review,
            List<ListAge> lists, Map<String, String> decided) {
        this(status, date, items, review, lists, decided, review.size());
    }

    /** The report as a client is sent it: at most {@link #SHOWN} mentions per item and review entries. */
    public ComplianceReport abridged() {
        return new ComplianceReport(status, date, items.stream().map(Item::abridged).toList(), first(review),
                lists, decided, reviewCount);
    }

    private static <T> List<T> first(List<T> all) {
        return all.size() <= SHOWN ? all : List.copyOf(all.subList(0, SHOWN));
    }

    public enum Status {
        OK, MISSING, REVIEW, LISTS_OUTDATED;

        /** What an article owes as far as labels go, whatever the age of the lists. */
        public Status ofLabels() {
            return this == LISTS_OUTDATED ? OK : this;
        }
    }

    /** How a mention is (or is not) labelled. */
    public enum Label {
        /** Detected; the renderer adds marker and footnote. */
        AUTOMATIC,
        /** An editor confirmed it, or added it. */
        CONFIRMED,
        /** Not labelled: under EDITOR_CONFIRMS nobody confirmed it, or an editor's passage was lost. */
        NONE
    }

    /**
     * One organisation owed a label in one jurisdiction: the designation it is due under ({@code list} and
     * {@code entry} name where it is printed), {@code inherited} when that designation is another
     * organisation's (a successor, unit or brand), and {@code reason} saying so in words.
     */
    public record Item(String jurisdiction, String organization, String name, DesignationCategory category,
            LocalDate listedOn, String authority, String list, String entry, Inherited inherited, boolean labelled,
            List<MentionState> mentions, int mentionCount) {

        public Item(String jurisdiction, String organization, String name, DesignationCategory category,
                LocalDate listedOn, String authority, String list, String entry, Inherited inherited, boolean labelled,
                List<MentionState> mentions) {
            this(jurisdiction, organization, name, category, listedOn, authority, list, entry, inherited, labelled,
                    mentions, mentions.size());
        }

        Item abridged() {
            return new Item(jurisdiction, organization, name, category, listedOn, authority, list, entry, inherited, labelled,
                    first(mentions), mentionCount);
        }

        @JsonProperty("reason")
        public String reason() {
            String listing = "listed on " + listedOn + (list == null ? "" : " (" + list + (entry == null ? "" : ", entry " + entry) + ")");
            if (inherited == null) {
                return listing;
            }
            String as = switch (inherited.relation()) {
                case SUCCESSOR_OF -> "as the successor of ";
                case UNIT_OF -> "as a unit of ";
                case BRAND_OF -> "as a brand of ";
            };
            return as + inherited.name() + ", " + listing;
        }
    }

    /** The organisation whose designation an item carries, and how the two are related. */
    public record Inherited(Relation.Kind relation, String organization, String name) {
    }

    public record MentionState(String surface, Integer start, Integer end, MatchReason reason, Label label) {
    }

    /** A weak match of a designated organisation waiting for an editor; {@code name} is the organisation's. */
    public record ReviewItem(String organization, String name, String surface, int start, int end, MatchReason reason,
            List<String> jurisdictions) {
    }
}
