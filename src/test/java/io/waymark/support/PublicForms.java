package io.waymark.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A visitor to a public referral form, as a browser would be: it opens the form (which gives it the form's token) and
 * sends it from its own address (X-Forwarded-For, which the tests' profile trusts).
 */
public final class PublicForms {

    private final String address;

    private PublicForms(String address) {
        this.address = address;
    }

    /** A visitor from an address of their own, so that no other test's submissions count against them. */
    public static PublicForms aVisitor() {
        UUID random = UUID.randomUUID();
        return fromAddress("10." + (random.hashCode() & 0x7f) + "." + (random.getLeastSignificantBits() & 0xff) + "."
                + (random.getMostSignificantBits() & 0xff));
    }

    public static PublicForms fromAddress(String address) {
        return new PublicForms(address);
    }

    /** A self-referral with everything a person must give; tests change what they are about. */
    public static Map<String, Object> aSelfReferral(String firstName, String lastName) {
        Map<String, Object> form = new HashMap<>();
        form.put("firstName", firstName);
        form.put("lastName", lastName);
        form.put("dobDay", "12");
        form.put("dobMonth", "4");
        form.put("dobYear", "1985");
        form.put("phone", "07700 900123");
        form.put("contactBy", List.of("PHONE", "TEXT"));
        form.put("about", "Part-time work in a café, mornings only.");
        form.put("agreed", "yes");
        return form;
    }

    /** The same, from a partner: who refers them, and the answers to the partner's questions in order. */
    public static Map<String, Object> aPartnerReferral(String firstName, String lastName, String... answers) {
        Map<String, Object> form = aSelfReferral(firstName, lastName);
        form.put("referrerName", "Priya Work Coach");
        form.put("referrerEmail", "priya@jobcentre.example");
        form.put("answer", List.of(answers));
        return form;
    }

    public ValidatableResponse open(String path) {
        return given().header("X-Forwarded-For", address).redirects().follow(false).get(path).then();
    }

    /** Opens the form for its token, then sends it: the answer as the visitor gets it. */
    public ValidatableResponse send(String path, Map<String, Object> fields) {
        String token = open(path).statusCode(200).extract().cookie("csrf-token");
        return given().header("X-Forwarded-For", address).redirects().follow(false).contentType(ContentType.URLENC)
                .cookie("csrf-token", token).formParam("csrf-token", token).formParams(fields).post(path).then();
    }
}
