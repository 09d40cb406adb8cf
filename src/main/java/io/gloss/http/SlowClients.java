package io.gloss.http;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jboss.logging.Logger;

import io.gloss.GlossConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A client that reads or sends slowly holds its own connection and nothing more, as found:
 * <ul>
 * <li>Clients that pipelined GETs of a large page and never read made the server render every one of them
 * into memory (0.6 GB to 6.6 GB, direct buffers exhausted, other readers timing out). A request is now
 * handled only once what its connection was sent before has drained to the client, so a connection
 * buffers at most one answer beyond the socket's own.</li>
 * <li>Slow uploads held worker threads until public embeds waited 25 s behind them: Quarkus REST reads a
 * JSON body on the worker that handles the request. HTTP/1.1 bodies are now read whole on the event loop
 * before any worker is taken; every body must arrive within {@code gloss.limits.body-read-timeout}, and at most
 * {@code gloss.limits.concurrent-uploads} are read at once, which bounds the memory they hold.</li>
 * </ul>
 * A publication import ({@link StreamedUploads}) is the exception: it is read as it arrives, by its resource.
 */
@ApplicationScoped
public class SlowClients {

    private static final Logger LOG = Logger.getLogger(SlowClients.class);
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    /** How long a refused HTTP/1.1 body is still read, and discarded, before its connection is closed. */
    private static final Duration LINGER = Duration.ofSeconds(2);
    private static final long NO_ERROR = 0x0;
    private static final long CANCEL = 0x8;

    private final Vertx vertx;
    private final Duration bodyReadTimeout;
    private final int concurrentUploads;
    private final long maxRequestBytes;
    private final BodyHandler bodyReader;
    private final AtomicInteger uploading = new AtomicInteger();

    public SlowClients(Vertx vertx, GlossConfig config) {
        this.vertx = vertx;
        this.bodyReadTimeout = config.limits().bodyReadTimeout();
        this.concurrentUploads = config.limits().concurrentUploads();
        this.maxRequestBytes = config.limits().maxRequestBytes();
        // Quarkus REST takes a body a handler has read (RoutingContext.body()) instead of reading it itself.
        // A body sent without Content-Length is held to the same limit as one that declares it.
        this.bodyReader = BodyHandler.create(false).setBodyLimit(config.limits().maxRequestBytes());
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::pace);
    }

    private void pace(RoutingContext context) {
        if (context.response().writeQueueFull()) {
            context.response().drainHandler(drained -> pace(context));
            return;
        }
        HttpServerRequest request = context.request();
        boolean streamed = StreamedUploads.isStreamed(request.method().name(), context.normalizedPath());
        if (request.version() == HttpVersion.HTTP_2 && !streamed && !request.isEnded()
                && request.getHeader(HttpHeaders.CONTENT_LENGTH) == null && WRITES.contains(request.method())) {
            // An HTTP/2 body of unknown length is not read ahead (below), so nothing would bound it short of
            // the import's limit: every other write declares its length, as browsers and HTTP clients do.
            refuse(context, 411, "Length Required", "Send Content-Length with a request body");
            return;
        }
        if (request.isEnded() || !hasBody(request) || streamed || declaredTooLarge(request)) {
            // An oversized body is refused by RequestSizeLimit before anything of it is read.
            context.next();
            return;
        }
        if (uploading.incrementAndGet() > concurrentUploads) {
            uploading.decrementAndGet();
            refuse(context, 503, "Service Unavailable", "Too many request bodies are being received at once; retry shortly");
            return;
        }
        long deadline = vertx.setTimer(bodyReadTimeout.toMillis(), fired -> {
            if (!request.isEnded()) {
                LOG.debugf("Closing a connection from %s: its request body took longer than %s", request.remoteAddress(), bodyReadTimeout);
                refuse(context, 408, "Request Timeout", "The request body did not arrive within " + bodyReadTimeout.toSeconds() + " s");
            }
        });
        context.addEndHandler(ended -> {
            vertx.cancelTimer(deadline);
            uploading.decrementAndGet();
        });
        if (request.version() == HttpVersion.HTTP_2) {
            // Quarkus REST pauses every request it starts on, which HTTP/2 refuses once the body is read.
            // HTTP/2 has flow control per stream, and the deadline and the bound above still apply.
            context.next();
            return;
        }
        if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
            context.response().writeContinue();
        }
        bodyReader.handle(context);
    }

    private boolean declaredTooLarge(HttpServerRequest request) {
        try {
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            return length != null && Long.parseLong(length.trim()) > maxRequestBytes;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        return (length != null && !length.trim().equals("0")) || request.headers().contains(HttpHeaders.TRANSFER_ENCODING);
    }

    /**
     * Answers, then stops the body without reading it. Closing a connection while the client is still sending
     * makes its system reset the connection, and the client may lose the answer before reading it (CI saw
     * "Broken pipe" for a 411 in place of the answer). So HTTP/2 resets only this request's stream, with
     * NO_ERROR after a complete answer (RFC 9113, section 8.1), and HTTP/1.1 discards what still arrives for
     * at most {@link #LINGER} before closing, as web servers' "lingering close" does.
     */
    private void refuse(RoutingContext context, int status, String title, String detail) {
        HttpServerRequest request = context.request();
        var response = context.response();
        if (response.headWritten()) {
            stopBody(request, false);
            return;
        }
        response.setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (request.version() != HttpVersion.HTTP_2) {
            // HTTP/2 has no such header (RFC 9113, section 8.2.2), and keeps its connection.
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        if (status == 503) {
            response.putHeader("Retry-After", "5");
        }
        response.end(Json.encode(Problem.of(status, title, detail, List.of())))
                .onComplete(done -> stopBody(request, true));
    }

    /** An answer cut short (its head was already written) is not lingered over: the client cannot use it. */
    private void stopBody(HttpServerRequest request, boolean answered) {
        if (request.version() == HttpVersion.HTTP_2) {
            if (!request.isEnded()) {
                request.response().reset(answered ? NO_ERROR : CANCEL);
            }
            return;
        }
        if (request.isEnded() || !answered) {
            request.connection().close();
            return;
        }
        long linger = vertx.setTimer(LINGER.toMillis(), expired -> request.connection().close());
        request.handler(discarded -> { })
                .endHandler(ended -> {
                    vertx.cancelTimer(linger);
                    request.connection().close();
                })
                .resume();
    }
}
