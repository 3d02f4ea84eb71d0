package io.waymark.web;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.ws.rs.core.NewCookie;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * "What was saved", carried across the redirect after a form in a cookie that lives for one page: the layout shows it
 * ({@code inject:flash.saved}) and {@link PageResponses} clears it with the page that shows it.
 */
@Named("flash")
@RequestScoped
public class Flash {

    static final String COOKIE = "waymark-saved";
    private static final int MOST = 200;

    @Inject
    HttpServerRequest request;

    /** The confirmation to show on this page, if a form was just saved. */
    public String saved() {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie == null || cookie.getValue().isBlank()) {
            return null;
        }
        return URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8);
    }

    /** A cookie stays far below browsers' 4 kB limit: a long goal or title is cut short in the confirmation. */
    static NewCookie cookie(String saved) {
        String shown = saved.length() > MOST ? saved.substring(0, MOST - 1) + "…" : saved;
        return new NewCookie.Builder(COOKIE).value(URLEncoder.encode(shown, StandardCharsets.UTF_8)).path("/app")
                .maxAge(60).httpOnly(true).secure(true).sameSite(NewCookie.SameSite.STRICT).build();
    }

    static NewCookie cleared() {
        return new NewCookie.Builder(COOKIE).value("").path("/app").maxAge(0).httpOnly(true).secure(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }
}
