package io.gloss.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import io.gloss.annotation.AnnotationBody;
import io.gloss.compliance.ComplianceReport.MentionState;
import io.gloss.compliance.DesignationFootnotes.Footnote;
import io.gloss.compliance.DesignationFootnotes;
import io.gloss.publication.MarkerPolicy;
import io.gloss.registry.DesignationCategory;

/**
 * Lays out what an article shows: the designation footnotes compliance decided, worded and numbered,
 * which markers go where, the editor's footnotes, sources and related links. Plain Java: the wording
 * and the marker markup come in as functions.
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
    private final List<Footnote> footnotes;
    private final MarkerPolicy markerPolicy;
    private final List<Shown> annotations;
    private final Words words;

    /** {@code footnotes}: the designation footnotes the article owes, as compliance decided them. */
    public EmbedComposer(Embed.ArticleInfo article, List<Footnote> footnotes, MarkerPolicy markerPolicy,
            List<Shown> annotations, Words words) {
        this.article = article;
        this.footnotes = footnotes;
        this.markerPolicy = markerPolicy;
        this.annotations = annotations;
        this.words = words;
    }

    /** The designations editors confirmed among {@code shown}: compliance labels them even outside a listing's dates. */
    public static List<DesignationFootnotes.Confirmed> confirmed(List<Shown> shown) {
        return shown.stream()
                .filter(a -> a.body() instanceof AnnotationBody.Designation d && d.decision() == AnnotationBody.Decision.CONFIRMED)
                .map(a -> new DesignationFootnotes.Confirmed(((AnnotationBody.Designation) a.body()).organization(), a.start(), a.end()))
                .toList();
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

    /** Each footnote worded in the publication's language, numbered in order. */
    private List<Embed.DesignationNote> designationNotes() {
        List<Embed.DesignationNote> notes = new ArrayList<>();
        for (Footnote footnote : footnotes) {
            List<Embed.NamedOrganization> organizations = footnote.members().stream()
                    .map(member -> new Embed.NamedOrganization(member.organization(), member.label())).toList();
            List<String> names = organizations.stream().map(Embed.NamedOrganization::name).toList();
            Embed.NamedOrganization owner = footnote.owner() == null ? null
                    : new Embed.NamedOrganization(footnote.owner().organization(), footnote.owner().label());
            String text = owner == null
                    ? words.designation(footnote.category(), names, footnote.jurisdiction(), footnote.alsoElsewhere())
                    : words.brands(footnote.category(), names, owner.name(), footnote.jurisdiction());
            notes.add(new Embed.DesignationNote("gloss-note-d" + (notes.size() + 1), footnote.jurisdiction(),
                    footnote.category(), organizations, owner, footnote.alsoElsewhere(), text, null));
        }
        return notes;
    }

    /** One marker per organisation (its first labelled mention), or one per mention; each links to its first footnote. */
    private void designationMarkers(List<Embed.DesignationNote> notes, List<Placed> markers) {
        // Every jurisdiction lists the same mentions of an organisation: its markers come from its first footnote, once.
        Map<String, String> footnoteOf = new LinkedHashMap<>();
        Map<String, List<MentionState>> labelledMentions = new LinkedHashMap<>();
        for (int i = 0; i < footnotes.size(); i++) {
            String note = notes.get(i).id();
            footnotes.get(i).members().forEach(member -> {
                footnoteOf.putIfAbsent(member.organization(), note);
                labelledMentions.putIfAbsent(member.organization(), member.mentions());
            });
        }
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
