package io.gloss.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gloss.registry.OrganizationEntry;

/** The embed as data for front ends that render themselves, with schema.org JSON-LD of the article. */
public record EmbedJson(Embed.ArticleInfo article, String body, List<Embed.DesignationNote> designations,
        List<Embed.EditorNote> notes, List<Embed.Source> sources, List<Embed.Related> related,
        Map<String, Object> jsonLd) {

    static String write(ObjectMapper json, Embed embed, Map<String, OrganizationEntry> registry) {
        EmbedJson data = new EmbedJson(embed.article(), embed.body(), embed.designations(), embed.notes(),
                embed.sources(), embed.related(), jsonLd(embed, registry));
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Embed could not be written as JSON", e);
        }
    }

    /** A NewsArticle: its sources as isBasedOn and citation, the designated organisations it names as mentions. */
    static Map<String, Object> jsonLd(Embed embed, Map<String, OrganizationEntry> registry) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("@context", "https://schema.org");
        article.put("@type", "NewsArticle");
        article.put("headline", embed.article().title());
        if (embed.article().url() != null) {
            article.put("url", embed.article().url());
        }
        if (embed.article().publishedAt() != null) {
            article.put("datePublished", embed.article().publishedAt().toString());
        }
        article.put("inLanguage", embed.article().language());
        List<Map<String, Object>> sources = new ArrayList<>();
        for (Embed.Source source : embed.sources()) {
            Map<String, Object> work = new LinkedHashMap<>();
            work.put("@type", "CreativeWork");
            work.put("name", source.name());
            if (source.url() != null) {
                work.put("url", source.url());
            }
            sources.add(work);
        }
        if (!sources.isEmpty()) {
            article.put("isBasedOn", sources);
            article.put("citation", sources);
        }
        List<Map<String, Object>> mentions = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Embed.DesignationNote note : embed.designations()) {
            for (Embed.NamedOrganization organization : note.organizations()) {
                if (seen.contains(organization.slug())) {
                    continue;
                }
                seen.add(organization.slug());
                Map<String, Object> mention = new LinkedHashMap<>();
                mention.put("@type", "Organization");
                mention.put("name", organization.name());
                OrganizationEntry entry = registry.get(organization.slug());
                String wikidata = entry == null || entry.externalIds() == null ? null : entry.externalIds().get("wikidata");
                if (wikidata != null) {
                    mention.put("sameAs", "https://www.wikidata.org/wiki/" + wikidata);
                }
                mentions.add(mention);
            }
        }
        if (!mentions.isEmpty()) {
            article.put("mentions", mentions);
        }
        return article;
    }
}
