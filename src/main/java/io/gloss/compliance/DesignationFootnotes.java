package io.gloss.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.gloss.compliance.ComplianceReport.Item;
import io.gloss.compliance.ComplianceReport.Label;
import io.gloss.compliance.ComplianceReport.MentionState;
import io.gloss.registry.Designation;
import io.gloss.registry.DesignationCategory;
import io.gloss.registry.OrganizationEntry;
import io.gloss.registry.Relation;

/**
 * The designation footnotes an article owes its readers, decided by the same rules the compliance
 * check applies for the editor: which organisations are labelled, under which jurisdiction and
 * category, by which name, and whether "and many other countries" may be said. Rendering only words
 * and places them. Plain Java.
 */
public final class DesignationFootnotes {

    /** An organisation in a footnote: the name its label gives, and the labelled mentions that carry its markers. */
    public record Member(String organization, String label, List<MentionState> mentions) {

        int firstStart() {
            return mentions.stream().filter(m -> m.start() != null).mapToInt(MentionState::start).min()
                    .orElse(Integer.MAX_VALUE);
        }
    }

    /**
     * One footnote sentence: organisations in order of first mention. {@code owner}: the designated
     * owner of brands (whose mentions are not the article's), null for organisations labelled as such.
     */
    public record Footnote(String jurisdiction, DesignationCategory category, Member owner, List<Member> members,
            boolean alsoElsewhere) {
    }

    /** A designation an editor confirmed on a passage (or on the whole article: no offsets). */
    public record Confirmed(String organization, Integer start, Integer end) {
    }

    private DesignationFootnotes() {
    }

    /**
     * The footnotes of {@code report}, for a publication following {@code jurisdictions} and writing in
     * {@code locale}, with the designations its editors confirmed.
     */
    public static List<Footnote> owed(ComplianceReport report, Map<String, OrganizationEntry> registry,
            List<String> jurisdictions, List<Confirmed> confirmed, String locale) {
        Map<Group, List<Member>> groups = new LinkedHashMap<>();
        for (Item item : report.items()) {
            List<MentionState> labelled = item.mentions().stream().filter(m -> m.label() != Label.NONE).toList();
            if (!labelled.isEmpty()) {
                String owner = item.inherited() != null && item.inherited().relation() == Relation.Kind.BRAND_OF
                        ? item.inherited().organization() : null;
                groups.computeIfAbsent(new Group(item.jurisdiction(), item.category(), owner), g -> new ArrayList<>())
                        .add(new Member(item.organization(), label(registry, item.organization(), locale), labelled));
            }
        }
        addConfirmedOutsideTheirDates(groups, report.date(), registry, jurisdictions, confirmed, locale);
        List<Footnote> footnotes = new ArrayList<>();
        groups.forEach((group, members) -> {
            members.sort(Comparator.comparingInt(Member::firstStart));
            Member owner = group.owner() == null ? null
                    : new Member(group.owner(), label(registry, group.owner(), locale), List.of());
            boolean alsoElsewhere = owner == null && members.stream()
                    .allMatch(member -> listedElsewhere(registry, member.organization(), group.jurisdiction(), report.date()));
            footnotes.add(new Footnote(group.jurisdiction(), group.category(), owner, List.copyOf(members), alsoElsewhere));
        });
        return footnotes;
    }

    private record Group(String jurisdiction, DesignationCategory category, String owner) {
    }

    /**
     * An editor who confirmed an organisation gets its footnote even where the registry has no listing
     * in force on the article's date (a 2019 story calling Tahrir al-Sham the former al-Nusra Front,
     * before Russia listed it by name): a label too many is safe, one too few is not. The sentence
     * uses the jurisdiction's listing in force, else its most recent one.
     */
    private static void addConfirmedOutsideTheirDates(Map<Group, List<Member>> groups, LocalDate date,
            Map<String, OrganizationEntry> registry, List<String> jurisdictions, List<Confirmed> confirmed,
            String locale) {
        Map<String, List<MentionState>> unlabelled = new LinkedHashMap<>();
        for (Confirmed designation : confirmed) {
            if (registry.containsKey(designation.organization())) {
                unlabelled.computeIfAbsent(designation.organization(), o -> new ArrayList<>())
                        .add(new MentionState(null, designation.start(), designation.end(), null, Label.CONFIRMED));
            }
        }
        groups.values().forEach(members -> members.forEach(member -> unlabelled.remove(member.organization())));
        unlabelled.forEach((organization, mentions) -> {
            for (String jurisdiction : jurisdictions) {
                registry.get(organization).designations().stream()
                        .filter(d -> d.jurisdiction().equals(jurisdiction))
                        .max(Comparator.comparing((Designation d) -> d.labelDueOn(date)).thenComparing(Designation::listedOn))
                        .ifPresent(d -> groups.computeIfAbsent(new Group(jurisdiction, d.category(), null), g -> new ArrayList<>())
                                .add(new Member(organization, label(registry, organization, locale), mentions)));
            }
        });
    }

    /** The footnote label in the publication's locale, else its language, else the registry's name. */
    static String label(Map<String, OrganizationEntry> registry, String organization, String locale) {
        OrganizationEntry entry = registry.get(organization);
        Map<String, String> labels = entry.labels() == null ? Map.of() : entry.labels();
        String language = locale.contains("-") ? locale.substring(0, locale.indexOf('-')) : locale;
        return Objects.requireNonNullElse(labels.getOrDefault(locale, labels.get(language)), entry.canonicalName());
    }

    /**
     * "… and many other countries" must be true: the organisation is also listed, on the article's
     * date, by the UN or the EU, or by at least two other countries.
     */
    private static boolean listedElsewhere(Map<String, OrganizationEntry> registry, String organization,
            String jurisdiction, LocalDate date) {
        if (jurisdiction.equals("UN") || jurisdiction.equals("EU")) {
            return false;
        }
        List<String> others = registry.get(organization).designations().stream()
                .filter(d -> !d.jurisdiction().equals(jurisdiction) && d.labelDueOn(date))
                .map(Designation::jurisdiction).distinct().toList();
        return others.contains("UN") || others.contains("EU") || others.size() >= 2;
    }
}
