package io.gloss.compliance;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.gloss.annotation.AnnotationBody.Decision;
import io.gloss.compliance.ComplianceReport.Item;
import io.gloss.compliance.ComplianceReport.Label;
import io.gloss.compliance.ComplianceReport.MentionState;
import io.gloss.compliance.ComplianceReport.ReviewItem;
import io.gloss.compliance.ComplianceReport.Status;
import io.gloss.detect.Detection;
import io.gloss.detect.Mention;
import io.gloss.publication.LabelPolicy;
import io.gloss.registry.Designation;
import io.gloss.registry.OrganizationEntry;
import io.gloss.registry.Relation;

/**
 * Turns what the detector found and what editors decided into what the article owes. Plain Java:
 * the rules are the legal core and are tested without a server.
 */
public final class ComplianceCheck {

    private final List<String> jurisdictions;
    private final LocalDate date;
    private final LabelPolicy policy;
    private final Map<String, OrganizationEntry> registry;
    private final List<ListAge> lists;

    /** @param lists the official lists of the publication's jurisdictions, with their age */
    public ComplianceCheck(List<String> jurisdictions, LocalDate date, LabelPolicy policy,
            Map<String, OrganizationEntry> registry, List<ListAge> lists) {
        this.jurisdictions = jurisdictions;
        this.date = date;
        this.policy = policy;
        this.registry = registry;
        this.lists = lists;
    }

    public ComplianceReport check(Detection detection, List<EditorDecision> decisions) {
        Map<String, List<MentionState>> mentioned = new LinkedHashMap<>();
        for (Mention mention : sortedByPosition(detection.mentions())) {
            Optional<Decision> decision = decisionOn(decisions, mention);
            if (decision.orElse(null) == Decision.REJECTED) {
                continue;
            }
            Label label = decision.isPresent() ? Label.CONFIRMED : policy == LabelPolicy.AUTOMATIC ? Label.AUTOMATIC : Label.NONE;
            add(mentioned, mention.organization(), state(mention, label));
        }
        List<Mention> undecided = new ArrayList<>();
        for (Mention weak : sortedByPosition(detection.review())) {
            Optional<Decision> decision = decisionOn(decisions, weak);
            if (decision.isEmpty()) {
                undecided.add(weak);
            } else if (decision.get() == Decision.CONFIRMED) {
                add(mentioned, weak.organization(), state(weak, Label.CONFIRMED));
            }
        }
        addMentionsOnlyEditorsSaw(mentioned, detection, decisions);

        List<Item> items = new ArrayList<>();
        for (String jurisdiction : jurisdictions) {
            mentioned.forEach((organization, mentions) -> basis(organization, jurisdiction).ifPresent(basis -> items.add(
                    basis.item(jurisdiction, organization, registry.get(organization).canonicalName(),
                            mentions.stream().allMatch(m -> m.label() != Label.NONE), mentions))));
        }
        List<ReviewItem> review = new ArrayList<>();
        for (Mention weak : undecided) {
            List<String> designatedIn = jurisdictions.stream()
                    .filter(jurisdiction -> basis(weak.organization(), jurisdiction).isPresent()).toList();
            if (!designatedIn.isEmpty()) {
                review.add(new ReviewItem(weak.organization(), registry.get(weak.organization()).canonicalName(), weak.surface(),
                        weak.start(), weak.end(), weak.reason(),
                        designatedIn));
            }
        }
        boolean outdated = lists.stream().anyMatch(ListAge::stale);
        Status status = items.stream().anyMatch(item -> !item.labelled()) ? Status.MISSING
                : !review.isEmpty() ? Status.REVIEW : outdated ? Status.LISTS_OUTDATED : Status.OK;
        return new ComplianceReport(status, date, items, review, lists, namesOfDecided(decisions));
    }

    /** Editors' decisions show organisations by name, a rejected one too (it has no item). */
    private Map<String, String> namesOfDecided(List<EditorDecision> decisions) {
        Map<String, String> names = new TreeMap<>();
        for (EditorDecision decision : decisions) {
            OrganizationEntry entry = registry.get(decision.organization());
            if (entry != null) {
                names.put(decision.organization(), entry.canonicalName());
            }
        }
        return names;
    }

    /** Why a label is due: a designation, and the relation it comes through when it is another's. */
    private record Basis(Designation designation, Relation.Kind relation, String owner, String ownerName) {

        Item item(String jurisdiction, String organization, String name, boolean labelled, List<MentionState> mentions) {
            Designation d = designation;
            return new Item(jurisdiction, organization, name, d.category(), d.listedOn(), d.authority(), d.list(), d.entry(),
                    relation == null ? null : new ComplianceReport.Inherited(relation, owner, ownerName), labelled, mentions);
        }
    }

    /**
     * The designation due in a jurisdiction on the article's date: the organisation's own, else one it
     * carries through a relation in force on that date (a renamed successor until its own listing, a unit,
     * a brand), followed as far as the registry goes.
     */
    private Optional<Basis> basis(String organization, String jurisdiction) {
        Optional<Designation> own = designation(organization, jurisdiction);
        if (own.isPresent()) {
            return Optional.of(new Basis(own.get(), null, null, null));
        }
        Set<String> seen = new HashSet<>(Set.of(organization));
        Deque<Relation> open = new ArrayDeque<>(relationsOf(organization));
        while (!open.isEmpty()) {
            Relation relation = open.poll();
            if (!seen.add(relation.organization())) {
                continue;
            }
            Optional<Designation> inherited = designation(relation.organization(), jurisdiction);
            if (inherited.isPresent()) {
                return Optional.of(new Basis(inherited.get(), relation.kind(), relation.organization(),
                        registry.get(relation.organization()).canonicalName()));
            }
            open.addAll(relationsOf(relation.organization()));
        }
        return Optional.empty();
    }

    private List<Relation> relationsOf(String organization) {
        OrganizationEntry entry = registry.get(organization);
        return entry == null ? List.of() : entry.relations().stream().filter(r -> r.holdsOn(date)).toList();
    }

    private Optional<Designation> designation(String organization, String jurisdiction) {
        OrganizationEntry entry = registry.get(organization);
        if (entry == null) {
            return Optional.empty();
        }
        return entry.designations().stream()
                .filter(d -> d.jurisdiction().equals(jurisdiction) && d.labelDueOn(date))
                .findFirst();
    }

    /**
     * Mentions the detector missed but an editor marked (CONFIRMED with a passage, or about the whole
     * article). An editor's passage lost in a later revision cannot carry a marker: it is unlabelled.
     */
    private static void addMentionsOnlyEditorsSaw(Map<String, List<MentionState>> mentioned, Detection detection,
            List<EditorDecision> decisions) {
        for (EditorDecision decision : decisions) {
            if (decision.decision() != Decision.CONFIRMED) {
                continue;
            }
            if (decision.coversWholeArticle()) {
                if (!mentioned.containsKey(decision.organization())) {
                    add(mentioned, decision.organization(), new MentionState(null, null, null, null, Label.CONFIRMED));
                }
                continue;
            }
            boolean detected = Stream.concat(detection.mentions().stream(), detection.review().stream())
                    .anyMatch(m -> m.organization().equals(decision.organization()) && decision.overlaps(m.start(), m.end()));
            if (!detected || decision.orphaned()) {
                add(mentioned, decision.organization(), new MentionState(null, decision.start(), decision.end(), null,
                        decision.orphaned() ? Label.NONE : Label.CONFIRMED));
            }
        }
    }

    /** A decision on this very passage wins over one about the whole article. */
    private static Optional<Decision> decisionOn(List<EditorDecision> decisions, Mention mention) {
        Optional<Decision> onPassage = decisions.stream()
                .filter(d -> d.organization().equals(mention.organization()) && !d.coversWholeArticle() && !d.orphaned()
                        && d.overlaps(mention.start(), mention.end()))
                .map(EditorDecision::decision).findFirst();
        if (onPassage.isPresent()) {
            return onPassage;
        }
        return decisions.stream().filter(d -> d.organization().equals(mention.organization()) && d.coversWholeArticle())
                .map(EditorDecision::decision).findFirst();
    }

    private static MentionState state(Mention mention, Label label) {
        return new MentionState(mention.surface(), mention.start(), mention.end(), mention.reason(), label);
    }

    private static void add(Map<String, List<MentionState>> mentioned, String organization, MentionState state) {
        mentioned.computeIfAbsent(organization, o -> new ArrayList<>()).add(state);
    }

    private static List<Mention> sortedByPosition(List<Mention> mentions) {
        return mentions.stream().sorted(Comparator.comparingInt(Mention::start)).toList();
    }
}
