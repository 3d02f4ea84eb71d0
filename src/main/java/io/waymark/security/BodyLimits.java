package io.waymark.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * How much a request may send. The HTTP server's limit ({@code quarkus.http.limits.max-body-size}) is set for the
 * largest, a file to import; a document's file 20 MB; the public referral forms 64 KB; every other address at most a
 * megabyte. A longer body is refused (413) on its declared length before any of it is read, and must declare that
 * length; but a document's file may come in chunks (its form is written to disk as it comes, never held in memory,
 * and DocumentService refuses a file over 20 MB).
 */
@ApplicationScoped
public class BodyLimits {

    /** No form or JSON body Waymark takes comes near this. */
    static final long ORDINARY = 1024 * 1024;

    /** The public referral forms: a person's details and a few paragraphs, from anyone on the internet. */
    static final long PUBLIC_FORM = 64 * 1024;

    /** A document's file (20 MB) and the few fields of its form. */
    static final long DOCUMENT = 20 * 1024 * 1024 + 64 * 1024;

    /** Right after the request id, before anything reads a body. */
    private static final int EARLY = Integer.MIN_VALUE + 200;

    void register(@Observes Router router) {
        router.route().order(EARLY).handler(context -> {
            String path = context.normalizedPath();
            if (path.startsWith("/api/v1/imports") || path.startsWith("/app/imports")) {
                context.next();
                return;
            }
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            boolean chunked = context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
            if (chunked && length == null && !path.contains("/documents")) {
                context.response().setStatusCode(411).end();
            } else if (length != null && tooLong(length, limit(path))) {
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONNECTION, "close").end();
            } else {
                context.next();
            }
        });
    }

    private static long limit(String path) {
        if (path.startsWith("/refer/")) {
            return PUBLIC_FORM;
        }
        return path.contains("/documents") ? DOCUMENT : ORDINARY;
    }

    private static boolean tooLong(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
