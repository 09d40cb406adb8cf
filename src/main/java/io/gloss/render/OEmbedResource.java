package io.gloss.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.gloss.GlossConfig;
import io.gloss.http.Problem;
import io.gloss.http.ProblemException;
import io.gloss.http.PublicAddresses;
import io.gloss.http.QueryParams;

/**
 * oEmbed 1.0 (https://oembed.com): a published article's URL, or the address of one of its Gloss
 * embeds (so that a CMS with Gloss registered as a provider embeds it from a pasted link), becomes
 * an iframe of its embed page.
 */
@Path("/oembed")
@Tag(name = "Embeds")
public class OEmbedResource {

    private static final int DEFAULT_WIDTH = 640;
    private static final int DEFAULT_HEIGHT = 600;
    private static final Pattern EMBED_ADDRESS = Pattern.compile("/embed/([^/]+)/([^/]+?)(?:/page|/body|\\.json)?/?");

    @Inject
    OEmbedService oembed;

    @Inject
    GlossConfig config;

    @Inject
    PublicAddresses addresses;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "oEmbed (type rich) for the URL of a published article; JSON only")
    public Response oembed(@QueryParam("url") String url, @QueryParam("format") String format,
            @QueryParam("maxwidth") String maxWidth, @QueryParam("maxheight") String maxHeight, @Context UriInfo uri) {
        if (format != null && !format.equals("json")) {
            throw new ProblemException(Problem.of(Response.Status.NOT_IMPLEMENTED, "Only format=json is served"));
        }
        if (url == null || url.isBlank()) {
            throw ProblemException.badRequest("url", "is required: the URL of a published article");
        }
        int width = QueryParams.optionalInt("maxwidth", maxWidth, DEFAULT_WIDTH, 1, 100_000);
        int height = QueryParams.optionalInt("maxheight", maxHeight, DEFAULT_HEIGHT, 1, 100_000);
        String base = addresses.base(uri);
        OEmbedService.Published article = embedAddressed(base, url.strip()).or(() -> oembed.publishedAt(url.strip()))
                .orElseThrow(() -> ProblemException.notFound("No published article has the URL " + url.strip()));
        String src = PublicAddresses.embedPage(base, article.slug(), article.externalId());
        int shownWidth = Math.min(width, DEFAULT_WIDTH);
        int shownHeight = Math.min(height, DEFAULT_HEIGHT);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("version", "1.0");
        answer.put("type", "rich");
        answer.put("title", article.title());
        answer.put("provider_name", article.publicationName());
        answer.put("provider_url", base + "/");
        answer.put("cache_age", 300);
        answer.put("html", EmbedTemplates.iframe(src, shownWidth, shownHeight, article.title()).render().strip());
        answer.put("width", shownWidth);
        answer.put("height", shownHeight);
        // Without gloss.public-url the iframe address comes from the Host header, which any client sets:
        // such an answer must not be cached for others (as found: a forged Host became the address in a
        // publicly cacheable reply).
        return Response.ok(answer).header(HttpHeaders.CACHE_CONTROL, addresses.configured() ? config.render().cacheControl() : "private, no-store")
                .header(HttpHeaders.VARY, "Host")
                .header("Access-Control-Allow-Origin", "*").build();
    }

    /** The article a Gloss embed address of this server names, as in /embed/daily/42/page. */
    private Optional<OEmbedService.Published> embedAddressed(String base, String url) {
        if (!url.startsWith(base + "/embed/")) {
            return Optional.empty();
        }
        try {
            Matcher address = EMBED_ADDRESS.matcher(new URI(url).getRawPath());
            if (!address.matches()) {
                return Optional.empty();
            }
            return oembed.publishedArticle(URLDecoder.decode(address.group(1), StandardCharsets.UTF_8),
                    URLDecoder.decode(address.group(2), StandardCharsets.UTF_8));
        } catch (URISyntaxException | IllegalArgumentException e) {
            // As found: %zz, a space, a trailing % or a < in an anonymous request answered 500 with a stack trace.
            throw ProblemException.badRequest("url", "is not a valid URL (" + e.getMessage() + ")");
        }
    }
}
