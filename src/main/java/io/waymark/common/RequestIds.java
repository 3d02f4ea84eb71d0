package io.waymark.common;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * Gives every request an id, pages, API and /q alike: in the logging context (the production JSON logs carry it as
 * {@code mdc.requestId}) and in the {@code X-Request-Id} answer header, so that a user's "it went wrong at ten past
 * three" can be found in the logs. A caller's or load balancer's own id is kept when it is safe to log; anything
 * else is replaced.
 */
@ApplicationScoped
public class RequestIds {

    static final String HEADER = "X-Request-Id";
    static final String KEY = "requestId";

    /** Before every other route, so that all logging for the request has the id. */
    private static final int FIRST = Integer.MIN_VALUE + 100;

    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    void register(@Observes Router router) {
        router.route().order(FIRST).handler(context -> {
            String given = context.request().getHeader(HEADER);
            String id = given != null && SAFE.matcher(given).matches() ? given : UUID.randomUUID().toString();
            MDC.put(KEY, id);
            context.response().putHeader(HEADER, id);
            context.next();
        });
    }
}
