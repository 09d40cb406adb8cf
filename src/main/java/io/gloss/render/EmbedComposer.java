package io.gloss.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import io.gloss.annotation.AnnotationBody;
import io.gloss.compliance.ComplianceReport;
import io.gloss.compliance.ComplianceReport.Item;
import io.gloss.compliance.ComplianceReport.Label;
import io.gloss.compliance.ComplianceReport.MentionState;
import io.gloss.publication.MarkerPolicy;
import io.gloss.registry.Designation;
import io.gloss.registry.DesignationCategory;
import io.gloss.registry.OrganizationEntry;
import io.gloss.registry.Relation;

/**
 * Decides what an article shows: which designation footnotes (grouped by jurisdiction and category,
 * organisations in order of first mention), which markers where, the editor's footnotes, sources and
 * related links. Plain Java: the wording and the marker markup come in as functions.
 */
public final class EmbedComposer {

    /** An annotation that readers may see (published, or draft in a preview; never orphaned). */
    public record Shown(long id, AnnotationBody body, Integer start, Integer end) {
    }

    /** The words of the publication's locale. */
    public interface Words {
        String designation(DesignationCategory category, List<String> names, String jurisdiction, boolean alsoElsewhere);

        /** Brands of one owner: "Instagram, Facebook belong to Meta, banned in Russia as extremist." */
        String brands(DesignationCategory category, List<String> names, String owner, String jurisdiction);

        String relation(AnnotationBody.Relation relation);
    }

    /** A marker as the marker template draws it. */
    public record MarkerView(String id, String label, String footnoteId, String kind) {
    }

    // Editors may emphasise, cite and link in a footnote; nothing else survives.
    private static final Safelist FOOTNOTE_HTML = new Safelist()
            .addTags("b", "strong", "i", "em", "u", "s", "sub", "sup", "br", "cite", "q", "abbr", "code", "a")
            .addAttributes("a", "href", "title").addAttributes("abbr", "title")
            .addProtocols("a", "href", "http", "https")
            .addEnforcedAttribute("a", "rel", "noopener noreferrer");

    private final Embed.ArticleInfo article;
    private final List<String> jurisdictions;
    private final ComplianceReport report;
    private final Map<String, OrganizationEntry> registry;
    private final MarkerPolicy markerPolicy;
    private final List<Shown> annotations;
    private final Words words;
    // Every jurisdiction lists the same mentions of an organisation: its markers come from here, once.
    private final Map<String, List<MentionState>> labelledMentions = new LinkedHashMap<>();

    public EmbedComposer(Embed.ArticleInfo article, List<String> jurisdictions, ComplianceReport report,
            Map<String, OrganizationEntry> registry, MarkerPolicy markerPolicy, List<Shown> annotations, Words words) {
        this.article = article;
        this.jurisdictions = jurisdictions;
        this.report = report;
        this.registry = registry;
        this.markerPolicy = markerPolicy;
        this.annotations = annotations;
        this.words = words;
    }

    /** The embed; the body is marked only when {@code html} is given. {@code markerHtml} draws a marker. */
    public Embed compose(String html, Function<MarkerView, String> markerHtml) {
        return composePage(html, markerHtml, null).embed();
    }

    /** An embed whose body also holds the related links placed after their paragraphs, and the links left for the end. */
    public record Page(Embed embed, List<Embed.Related> trailing) {
    }

    /** {@code relatedHtml} null: related links stay out of the body. */
    public Page composePage(String html, Function<MarkerView, String> markerHtml, Function<Embed.Related, String> relatedHtml) {
        List<Embed.DesignationNote> designations = designationNotes();
        List<Placed> markers = new ArrayList<>();
        designationMarkers(designations, markers);
        List<Embed.EditorNote> notes = editorNotes(markers);
        List<Embed.Related> related = related();
        String body = null;
        List<Embed.Related> trailing = related;
        if (html != null) {
            markers.sort(Comparator.comparingInt(Placed::end));
            List<AnnotatedBody.Marker> placed = new ArrayList<>();
            for (Placed marker : markers) {
                placed.add(new AnnotatedBody.Marker(marker.end(), markerHtml.apply(marker.view())));
            }
            Map<Integer, String> between = new LinkedHashMap<>();
            if (relatedHtml != null) {
                related.stream().filter(link -> link.afterParagraph() != null)
                        .forEach(link -> between.merge(link.afterParagraph(), relatedHtml.apply(link), String::concat));
            }
            AnnotatedBody.Result result = AnnotatedBody.render(html, placed, between);
            body = result.html();
            if (relatedHtml != null) {
                trailing = related.stream().filter(link -> link.afterParagraph() == null
                        || !result.filledParagraphs().contains(link.afterParagraph())).toList();
            }
        }
        return new Page(new Embed(article, body, designations, notes, sources(), related), trailing);
    }

    private record Placed(int end, MarkerView view) {
    }

    /** An organisation in a footnote sentence, with the labelled mentions that carry its markers. */
    private record Member(String organization, List<MentionState> mentions) {
        int firstStart() {
            return mentions.stream().filter(m -> m.start() != null).mapToInt(MentionState::start).min()
                    .orElse(Integer.MAX_VALUE);
        }
    }

    /** {@code owner}: the designated owner of the brands in the group, null for organisations labelled as such. */
    private record Group(String jurisdiction, DesignationCategory category, String owner, List<Member> members) {
    }

    private List<Embed.DesignationNote> designationNotes() {
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Item item : report.items()) {
            List<MentionState> labelled = item.mentions().stream().filter(m -> m.label() != Label.NONE).toList();
            if (!labelled.isEmpty()) {
                String owner = item.inherited() != null && item.inherited().relation() == Relation.Kind.BRAND_OF
                        ? item.inherited().organization() : null;
                group(groups, item.jurisdiction(), item.category(), owner).members()
                        .add(new Member(item.organization(), labelled));
            }
        }
        addConfirmedOutsideTheirDates(groups);
        List<Embed.DesignationNote> notes = new ArrayList<>();
        for (Group group : groups.values()) {
            group.members().sort(Comparator.comparingInt(Member::firstStart));
            group.members().forEach(member -> labelledMentions.putIfAbsent(member.organization(), member.mentions()));
            List<Embed.NamedOrganization> organizations = group.members().stream()
                    .map(member -> new Embed.NamedOrganization(member.organization(), label(member.organization()))).toList();
            List<String> names = organizations.stream().map(Embed.NamedOrganization::name).toList();
            Embed.NamedOrganization owner = group.owner() == null ? null
                    : new Embed.NamedOrganization(group.owner(), label(group.owner()));
            boolean alsoElsewhere = owner == null && group.members().stream()
                    .allMatch(member -> listedElsewhere(member.organization(), group.jurisdiction()));
            String text = owner == null ? words.designation(group.category(), names, group.jurisdiction(), alsoElsewhere)
                    : words.brands(group.category(), names, owner.name(), group.jurisdiction());
            notes.add(new Embed.DesignationNote("gloss-note-d" + (notes.size() + 1), group.jurisdiction(), group.category(),
                    organizations, owner, alsoElsewhere, text, null));
        }
        return notes;
    }

    private static Group group(Map<String, Group> groups, String jurisdiction, DesignationCategory category, String owner) {
        return groups.computeIfAbsent(jurisdiction + " " + category + " " + owner,
                k -> new Group(jurisdiction, category, owner, new ArrayList<>()));
    }

    /**
     * An editor who confirmed an organisation gets its footnote even where the registry has no listing
     * in force on the article's date (a 2019 story calling Tahrir al-Sham the former al-Nusra Front,
     * before Russia listed it by name): a label too many is safe, one too few is not. The sentence
     * uses the jurisdiction's listing in force, else its most recent one.
     */
    private void addConfirmedOutsideTheirDates(Map<String, Group> groups) {
        Map<String, List<MentionState>> confirmed = new LinkedHashMap<>();
        for (Shown shown : annotations) {
            if (shown.body() instanceof AnnotationBody.Designation designation
                    && designation.decision() == AnnotationBody.Decision.CONFIRMED
                    && registry.containsKey(designation.organization())) {
                confirmed.computeIfAbsent(designation.organization(), o -> new ArrayList<>())
                        .add(new MentionState(null, shown.start(), shown.end(), null, Label.CONFIRMED));
            }
        }
        groups.values().forEach(group -> group.members().forEach(member -> confirmed.remove(member.organization())));
        confirmed.forEach((organization, mentions) -> {
            for (String jurisdiction : jurisdictions) {
                registry.get(organization).designations().stream()
                        .filter(d -> d.jurisdiction().equals(jurisdiction))
                        .max(Comparator.comparing((Designation d) -> d.labelDueOn(report.date()))
                                .thenComparing(Designation::listedOn))
                        .ifPresent(d -> group(groups, jurisdiction, d.category(), null).members()
                                .add(new Member(organization, mentions)));
            }
        });
    }

    /** The footnote label in the article's locale, else its language, else the registry's name. */
    private String label(String organization) {
        OrganizationEntry entry = registry.get(organization);
        Map<String, String> labels = entry.labels() == null ? Map.of() : entry.labels();
        String locale = article.locale();
        String language = locale.contains("-") ? locale.substring(0, locale.indexOf('-')) : locale;
        return Objects.requireNonNullElse(labels.getOrDefault(locale, labels.get(language)), entry.canonicalName());
    }

    /**
     * "… and many other countries" must be true: the organisation is also listed, on the article's
     * date, by the UN or the EU, or by at least two other countries.
     */
    private boolean listedElsewhere(String organization, String jurisdiction) {
        if (jurisdiction.equals("UN") || jurisdiction.equals("EU")) {
            return false;
        }
        LocalDate date = report.date();
        List<String> others = registry.get(organization).designations().stream()
                .filter(d -> !d.jurisdiction().equals(jurisdiction) && d.labelDueOn(date))
                .map(Designation::jurisdiction).distinct().toList();
        return others.contains("UN") || others.contains("EU") || others.size() >= 2;
    }

    /** One marker per organisation (its first labelled mention), or one per mention; each links to its first footnote. */
    private void designationMarkers(List<Embed.DesignationNote> notes, List<Placed> markers) {
        Map<String, String> footnoteOf = new LinkedHashMap<>();
        notes.forEach(note -> note.organizations().forEach(o -> footnoteOf.putIfAbsent(o.slug(), note.id())));
        List<Placed> designationMarkers = new ArrayList<>();
        footnoteOf.forEach((organization, footnote) -> labelledMentions.get(organization).stream()
                .filter(m -> m.start() != null && m.end() != null)
                .sorted(Comparator.comparingInt(MentionState::start))
                .limit(markerPolicy == MarkerPolicy.FIRST ? 1 : Long.MAX_VALUE)
                .forEach(m -> designationMarkers.add(new Placed(m.end(), new MarkerView(null, "*", footnote, "designation")))));
        designationMarkers.sort(Comparator.comparingInt(Placed::end));
        // Marker ids in reading order, so a footnote's way back leads to the first one.
        for (Placed marker : designationMarkers) {
            markers.add(new Placed(marker.end(), new MarkerView("gloss-ref-" + (markers.size() + 1), marker.view().label(),
                    marker.view().footnoteId(), marker.view().kind())));
        }
        notes.replaceAll(note -> new Embed.DesignationNote(note.id(), note.jurisdiction(), note.category(),
                note.organizations(), note.owner(), note.alsoElsewhere(), note.text(),
                markers.stream().filter(m -> m.view().footnoteId().equals(note.id())).map(m -> m.view().id())
                        .findFirst().orElse(null)));
    }

    /** Numbered in reading order; footnotes about the whole article come last and have no marker. */
    private List<Embed.EditorNote> editorNotes(List<Placed> markers) {
        List<Shown> footnotes = annotations.stream().filter(a -> a.body() instanceof AnnotationBody.Footnote)
                .sorted(Comparator.comparing((Shown a) -> a.start() == null ? Integer.MAX_VALUE : a.start())
                        .thenComparingLong(Shown::id))
                .toList();
        List<Embed.EditorNote> notes = new ArrayList<>();
        for (Shown footnote : footnotes) {
            int number = notes.size() + 1;
            String id = "gloss-note-" + number;
            String markerId = null;
            if (footnote.end() != null) {
                markerId = "gloss-ref-" + (markers.size() + 1);
                markers.add(new Placed(footnote.end(), new MarkerView(markerId, Integer.toString(number), id, "note")));
            }
            String text = ((AnnotationBody.Footnote) footnote.body()).text();
            notes.add(new Embed.EditorNote(id, number, Jsoup.clean(text, FOOTNOTE_HTML), markerId));
        }
        return notes;
    }

    private List<Embed.Source> sources() {
        return annotations.stream().filter(a -> a.body() instanceof AnnotationBody.Source)
                .map(a -> (AnnotationBody.Source) a.body())
                .map(s -> new Embed.Source(s.name(), webUrl(s.url()), s.type())).toList();
    }

    private List<Embed.Related> related() {
        return annotations.stream().filter(a -> a.body() instanceof AnnotationBody.RelatedLink)
                .map(a -> (AnnotationBody.RelatedLink) a.body())
                .filter(r -> webUrl(r.url()) != null)
                .map(r -> new Embed.Related(r.url(), r.title(), r.relation(), words.relation(r.relation()), r.afterParagraph()))
                .toList();
    }

    /**
     * Only http(s) URLs become links. The API already refuses others; this guards what older or
     * imported data may hold.
     */
    static String webUrl(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") ? url.strip() : null;
    }
}
