package io.gloss.article;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.gloss.InvisibleCharacters;
import io.gloss.http.LanguageTag;
import io.gloss.http.HttpUrl;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An article as the CMS pushes it. Read-only fields of a GET may be sent back and are ignored. */
@JsonIgnoreProperties(value = { "externalId", "text", "revision", "createdAt", "updatedAt", "orphaned" })
public record ArticleRequest(
        @NotBlank @Size(max = 1000) String title,
        @Size(max = 2000) @HttpUrl String url,
        @Size(max = 200) String section,
        @LanguageTag String language,
        OffsetDateTime publishedAt,
        @NotNull @Size(max = Article.MAX_BODY_CHARS) String body) {

    public ArticleRequest {
        title = InvisibleCharacters.strip(title);
        section = InvisibleCharacters.strip(section);
    }
}
