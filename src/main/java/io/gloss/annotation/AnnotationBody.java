package io.gloss.annotation;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.gloss.InvisibleCharacters;
import io.gloss.http.Formats;
import io.gloss.http.HttpUrl;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The kind-specific part of an annotation, stored as JSON. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface AnnotationBody {

    enum Decision {
        /** The mention is a designated organisation and gets its footnote. */
        CONFIRMED,
        /** A false positive ("Isis" the river): no footnote for this mention. */
        REJECTED
    }

    enum SourceType {
        NEWS_AGENCY, OFFICIAL, SOCIAL_MEDIA, PRESS_RELEASE, OWN_REPORTING
    }

    enum Relation {
        RELATED, BACKGROUND, FOLLOW_UP, DENIAL, CORRECTION
    }

    /** An editor's decision on a mention of a registry organisation (by its slug). */
    record Designation(
            @NotBlank @Size(max = 64) @Pattern(regexp = Formats.SLUG, message = "must be an organisation slug such as islamic-state") String organization,
            @NotNull Decision decision) implements AnnotationBody {
    }

    /** Who the story, or the targeted claim, comes from. */
    record Source(
            @NotBlank @Size(max = 300) String name,
            @Size(max = 2000) @HttpUrl String url,
            @NotNull SourceType type) implements AnnotationBody {

        public Source {
            name = InvisibleCharacters.strip(name);
        }
    }

    /** A related story; {@code afterParagraph} null places it at the end. */
    record RelatedLink(
            @NotNull @Size(max = 2000) @HttpUrl String url,
            @NotBlank @Size(max = 500) String title,
            @NotNull Relation relation,
            @Min(1) Integer afterParagraph) implements AnnotationBody {

        public RelatedLink {
            title = InvisibleCharacters.strip(title);
        }
    }

    /** An editor's note; plain text (rendering may later allow a sanitised inline subset). */
    record Footnote(@NotBlank @Size(max = 5000) String text) implements AnnotationBody {
    }
}
