package io.waymark.support;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import java.util.Locale;
import java.util.Map;

/**
 * An area of an organisation's own in its local authorities (a test whose report counts only its own clients gives
 * them an area no one else has), added by its administrator as a provider would.
 */
public final class OwnAreas {

    private OwnAreas() {
    }

    /** The area, added to the organisation's local authorities unless it already is one. */
    public static String of(String organisation, String area) {
        String code = area.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
        Api.as(Tokens.admin(organisation)).request().body(Map.of("label", area, "code", code))
                .post("/api/v1/lists/local-authorities").then().statusCode(anyOf(equalTo(201), equalTo(409)));
        return area;
    }
}
