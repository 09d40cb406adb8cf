package io.gloss;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Every setting of Gloss an operator may change, each with its one default. Quarkus reads them from
 * application.properties, system properties and the environment (gloss.admin-key from
 * GLOSS_ADMIN_KEY, and so on). docs/configuration.md lists the same names and defaults; a test
 * checks that the two agree.
 */
@ConfigMapping(prefix = "gloss")
public interface GlossConfig {

    /** The operator key: publications, their keys, the registry. Unset, the operator API is closed. */
    Optional<String> adminKey();

    /** Create a demo publication and article on an empty database. */
    @WithDefault("false")
    boolean demo();

    /**
     * This server's public base URL, for absolute links given to other sites (oEmbed). Unset, links
     * come from the Host header and such answers are sent "private, no-store".
     */
    Optional<String> publicUrl();

    Limits limits();

    Registry registry();

    Render render();

    Templates templates();

    /** What one client, or all of them together, may ask of the server. */
    interface Limits {

        /**
         * Requests larger than this many bytes are refused with 413 before they are read (or, without
         * Content-Length, once this much has arrived). A publication import is bounded by
         * quarkus.http.limits.max-body-size instead.
         */
        @WithDefault("2097152")
        long maxRequestBytes();

        /** Unknown keys a client may send per minute before its requests with a key are refused (429) for the rest of it. */
        @WithDefault("30")
        int failedKeysPerMinute();

        /** A request body must arrive within this time, or the connection is closed (408). */
        @WithDefault("30S")
        Duration bodyReadTimeout();

        /**
         * Request bodies received at once over all clients; past it, 503 with Retry-After. Bounds the
         * memory slow uploads hold (this many times max-request-bytes at most).
         */
        @WithDefault("64")
        int concurrentUploads();

        /** How long an Idempotency-Key of an annotation create is remembered. */
        @WithDefault("24H")
        Duration idempotencyWindow();

        /** How long one import may take, its upload and its one transaction; past it, it is undone. */
        @WithDefault("30M")
        Duration importTimeout();

        /**
         * Imports under way at once over all publications; past it, 503 with Retry-After. Each holds a
         * database connection while its upload arrives and its transaction runs.
         */
        @WithDefault("2")
        int concurrentImports();

        /** Annotations in one page of an article's Web Annotation container, and in one read of an export. */
        @WithDefault("100")
        int containerPageSize();
    }

    /** The registry of designated organisations and the official lists behind it. */
    interface Registry {

        /** Take in the registry that ships with Gloss when the database has an older release of it, or none. */
        @WithDefault("true")
        boolean loadShipped();

        /** A list copy older than this many days makes every compliance answer say "not checked since". */
        @WithDefault("45")
        int listMaxAgeDays();

        /** Snapshot URLs, each serving one list snapshot, fetched on a schedule. Unset, nothing is fetched. */
        Optional<List<URI>> snapshotUrls();

        /** review: a fetched snapshot that changes entries waits for the operator; auto: it is applied at once. */
        @WithDefault("review")
        SnapshotApply snapshotApply();

        /** How often the snapshot URLs are fetched. */
        @WithDefault("24h")
        String snapshotFetchEvery();

        /** How long after start-up the first fetch waits. */
        @WithDefault("5m")
        String snapshotFetchDelay();

        /** How long one fetch may take. */
        @WithDefault("30S")
        Duration snapshotFetchTimeout();

        enum SnapshotApply {
            REVIEW, AUTO
        }
    }

    /** Rendered embeds: how long they are kept and how others may cache them. */
    interface Render {

        /**
         * A rendered embed is served from memory for at most this long before its stored versions are
         * read again: the bound on how stale a node's embeds can be after a change made through another node.
         */
        @WithDefault("1S")
        Duration revalidateAfter();

        /** Rendered outputs kept in memory (the least recently used go first). */
        @WithDefault("10000")
        long cacheSize();

        /** Cache-Control of public embeds (previews are never cached). A CDN purges by Surrogate-Key. */
        @WithDefault("public, max-age=30, s-maxage=300, stale-while-revalidate=60, stale-if-error=86400")
        String cacheControl();
    }

    /** The reader-facing templates. */
    interface Templates {

        /** A directory of template overrides (same names as in templates/, e.g. embed/blocks.html), checked at start-up. */
        Optional<Path> dir();
    }
}
