package io.waymark.security;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * How much a request may send. The HTTP server's limit ({@code quarkus.http.limits.max-body-size}) is set for the
 * largest, a file to import; the public referral forms 64 KB, every other address at most a megabyte, refused (413) on its declared length
 * before any of the body is read, and must declare that length.
 */
@ApplicationScoped
public class BodyLimits {

    /** No form or JSON body Waymark takes comes near this. */
    static final long ORDINARY = 1024 * 1024;

    /** The public referral forms: a person's details and a few paragraphs, from anyone on the internet. */
    static final long PUBLIC_FORM = 64 * 1024;

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
            if (chunked && length == null) {
                context.response().setStatusCode(411).end();
            } else if (length != null && tooLong(length, path.startsWith("/refer/") ? PUBLIC_FORM : ORDINARY)) {
                context.response().setStatusCode(413).putHeader(HttpHeaders.CONNECTION, "close").end();
            } else {
                context.next();
            }
        });
    }

    private static boolean tooLong(String length, long limit) {
        try {
            return Long.parseLong(length.strip()) > limit;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
