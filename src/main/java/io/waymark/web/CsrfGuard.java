package io.waymark.web;

import io.quarkus.security.ForbiddenException;
import jakarta.ws.rs.core.NewCookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Double-submit CSRF protection for the pages' forms: a random token in a SameSite=Strict cookie that each form
 * repeats in a hidden field. (quarkus-rest-csrf is not served by the registry here.)
 */
public final class CsrfGuard {

    public static final String COOKIE = "waymark-csrf";
    public static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfGuard() {
    }

    /** The token already in the browser's cookie, or a new one. */
    public static String tokenFor(String cookie) {
        if (cookie != null && cookie.length() >= 32) {
            return cookie;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static NewCookie cookie(String token) {
        return new NewCookie.Builder(COOKIE).value(token).path("/app").httpOnly(true).secure(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    public static void check(String formToken, String cookie) {
        if (formToken == null || cookie == null || !MessageDigest.isEqual(
                formToken.getBytes(StandardCharsets.UTF_8), cookie.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenException("The form has expired or did not come from Waymark; reload the page and try again");
        }
    }
}
