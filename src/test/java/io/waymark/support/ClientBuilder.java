package io.waymark.support;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A referral body with sensible defaults; each test states only what it is about. */
public final class ClientBuilder {

    private final Map<String, Object> fields = new HashMap<>();

    private ClientBuilder() {
        fields.put("firstName", "Morven");
        fields.put("lastName", "Test");
        fields.put("dateOfBirth", "1985-04-12");
        fields.put("gender", "WOMAN");
        fields.put("localAuthority", "Glasgow City");
        fields.put("programme", "NO_ONE_LEFT_BEHIND");
        fields.put("referralSource", "JOBCENTRE_PLUS");
        fields.put("referralDate", LocalDate.now(ZoneId.of("Europe/London")).minusDays(30).toString());
        fields.put("supportLevel", "UNDER_7_HOURS");
        fields.put("clientGroups", List.of("MENTAL_HEALTH_PROBLEM"));
    }

    /** A referred client who has not yet agreed to take part. */
    public static ClientBuilder aReferral() {
        return new ClientBuilder();
    }

    /** A client who has agreed to take part, so they can move along the pathway. */
    public static ClientBuilder anActiveClient() {
        return new ClientBuilder().consentedOn(LocalDate.now(ZoneId.of("Europe/London")).minusDays(20));
    }

    public ClientBuilder named(String firstName, String lastName) {
        return with("firstName", firstName).with("lastName", lastName);
    }

    public ClientBuilder reference(String reference) {
        return with("reference", reference);
    }

    public ClientBuilder bornOn(LocalDate date) {
        return with("dateOfBirth", date.toString());
    }

    public ClientBuilder referredOn(LocalDate date) {
        return with("referralDate", date.toString());
    }

    public ClientBuilder consentedOn(LocalDate date) {
        return with("consentDate", date.toString());
    }

    public ClientBuilder with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public ClientBuilder without(String field) {
        fields.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new HashMap<>(fields);
    }
}
