package io.waymark.message;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.waymark.support.Api;
import io.waymark.support.AtOnce;
import io.waymark.support.SmtpResource;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An organisation's own wording of its messages to clients: previewed with example values before it is saved,
 * refused in plain words when it cannot be filled in, sent to its clients once saved, and nobody else's.
 */
@QuarkusTest
class MessageTemplatesTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String CONFIRMATION = "/api/v1/message-templates/BOOKING_CONFIRMATION";

    @Inject
    MessageSending sending;

    // An organisation of its own, so that the other message tests keep reading the standard wording.
    private final Api admin = Api.as(Tokens.admin(Tokens.REFERRALS));
    private final Api worker = Api.as(Tokens.worker(Tokens.REFERRALS));

    private static final Map<String, String> OWN = Map.of(
            "subject", "Your appointment with us: {when}",
            "body", "Hello {name},\n\nSee {advisor} at {place}.{#if advisor} Ask for them at the desk.{/if}\n\n"
                    + "{organisation}",
            "text", "Hi {name}, {when} at {place}. {organisation}");

    @Test
    void theOwnWordingIsPreviewedThenSavedThenSentToTheOrganisationsClients() throws Exception {
        admin.request().body(OWN).post(CONFIRMATION + "/preview").then().statusCode(200)
                .body("subject", equalTo("Your appointment with us: Tuesday 8 December 2026 at 10:30am"))
                .body("body", equalTo("Hello Sam,\n\nSee Hana Advisor at Govan Community Hub, room 2. Ask for them at"
                        + " the desk.\n\nEast Referrals Employment"))
                .body("text", startsWith("Hi Sam, Tuesday 8 December 2026 at 10:30am at Govan Community Hub"));
        admin.request().get(CONFIRMATION).then().statusCode(200).body("standard", equalTo(true))
                .body("version", equalTo(0)).body("placeholders.key", hasItem("advisor"));

        admin.request().header("If-Match", "\"0\"").body(OWN).put(CONFIRMATION).then().statusCode(200)
                .body("standard", equalTo(false)).body("version", equalTo(1))
                .body("words.subject", equalTo(OWN.get("subject")));
        String address = UUID.randomUUID() + "@example.org";
        String client = worker.refer(anActiveClient().named("Isla", "Worded").with("email", address));
        worker.request().header("If-Match", "\"0\"").body(Map.of("channels", List.of("EMAIL")))
                .put("/api/v1/clients/{id}/message-consent", client).then().statusCode(200);
        Api advisor = Api.as(Tokens.newAdvisor("Morven Desk", Tokens.REFERRALS));
        worker.book(advisor.slot(LocalDate.now(UK).plusDays(6).atTime(11, 0)), client);
        sending.sendDue();

        List<MimeMessage> received = SmtpResource.to(address);
        assertEquals(1, received.size());
        assertTrue(SmtpResource.subject(received.get(0)).startsWith("Your appointment with us: "));
        String words = SmtpResource.text(received.get(0));
        assertTrue(words.startsWith("Hello Isla,") && words.contains("See Morven Desk at Room 2, Clyde House. Ask"),
                words);
        // Another organisation's clients still read the standard wording.
        Api.as(Tokens.admin(Tokens.NORTH)).request().get(CONFIRMATION).then().statusCode(200)
                .body("standard", equalTo(true));

        admin.request().header("If-Match", "\"1\"").delete(CONFIRMATION).then().statusCode(200)
                .body("standard", equalTo(true)).body("words.subject", startsWith("Your health and wellbeing"));
    }

    @Test
    void aWordingThatCannotBeFilledInIsRefusedWithEveryProblemAndNothingSaved() {
        admin.request().body(Map.of("subject", "Hello {fullName}", "body", "Dear {name}, {#if place}at {place}",
                        "text", "x".repeat(950))).put("/api/v1/message-templates/BOOKING_REMINDER")
                .then().statusCode(400); // no If-Match: refused before anything else
        admin.request().header("If-Match", "\"0\"").body(Map.of("subject", "Hello {fullName}",
                        "body", "Dear {name}, {#if place}at {place}", "text", "x".repeat(950)))
                .put("/api/v1/message-templates/BOOKING_REMINDER").then().statusCode(400)
                .body("errors.field", equalTo(List.of("subject", "body", "text")))
                .body("errors[0].message", equalTo("{fullName} is not one of the values this message has: {name},"
                        + " {when}, {place}, {advisor}, {organisation}"))
                .body("errors[1].message", containsString("cannot be read at line 1"))
                .body("errors[2].message", equalTo("is 950 characters long with the preview's values; a text can be"
                        + " at most 918"));
        // A template cannot reach the application or a value's methods.
        for (String wording : List.of("{inject:messageTemplates}", "{name.getClass}", "{#include layout /}",
                "{#for i in 100000000}{name}{/for}", "{cdi:clock.instant}")) {
            admin.request().body(Map.of("subject", "Hello", "body", wording, "text", "Hi"))
                    .post("/api/v1/message-templates/BOOKING_REMINDER/preview").then().statusCode(400)
                    .body("errors.field", equalTo(List.of("body")));
        }
        admin.request().get("/api/v1/message-templates/BOOKING_REMINDER").then().statusCode(200)
                .body("standard", equalTo(true));
        admin.request().get("/api/v1/message-templates/CLIENT_ASSIGNED").then().statusCode(404);
    }

    @Test
    void twentyAdministratorsSavingTheSameVersionAtOnceMakeOneChange() throws Exception {
        String path = "/api/v1/message-templates/SUSTAINMENT_CHECK";
        List<Integer> firstSaves = AtOnce.send(AtOnce.TWENTY, i -> save(path, "0", i).statusCode());
        assertEquals(1, firstSaves.stream().filter(s -> s == 200).count(), firstSaves.toString());
        assertEquals(AtOnce.TWENTY - 1, firstSaves.stream().filter(s -> s == 409).count(), firstSaves.toString());
        List<Integer> changes = AtOnce.send(AtOnce.TWENTY, i -> save(path, "1", i).statusCode());
        assertEquals(1, changes.stream().filter(s -> s == 200).count(), changes.toString());
        assertEquals(AtOnce.TWENTY - 1, changes.stream().filter(s -> s == 409).count(), changes.toString());
        admin.request().get(path).then().body("version", equalTo(2));
        admin.request().header("If-Match", "\"2\"").delete(path).then().statusCode(200);
    }

    @Test
    void onlyAdministratorsWordTheMessagesAndThePageShowsThePreview() {
        worker.request().get("/api/v1/message-templates").then().statusCode(403);
        Api.as(Tokens.teamLead(Tokens.REFERRALS)).request().body(OWN).post(CONFIRMATION + "/preview").then()
                .statusCode(403);
        admin.request().get("/api/v1/message-templates").then().statusCode(200)
                .body("kind", equalTo(List.of("BOOKING_CONFIRMATION", "BOOKING_REMINDER", "PLANNED_CONTACT_REMINDER",
                        "SUSTAINMENT_CHECK")));
        String token = Tokens.admin(Tokens.REFERRALS);
        String csrf = given().auth().oauth2(token).get("/app/message-templates/SUSTAINMENT_CHECK").then()
                .statusCode(200).extract().cookie("csrf-token");
        String page = given().auth().oauth2(token).cookie("csrf-token", csrf).formParam("csrf-token", csrf)
                .formParams(Map.of("subject", "Checking in {name}", "body", "Dear {name}, still at {job}?",
                        "text", "Still at {job}? {organisation}", "version", "0", "action", "preview"))
                .post("/app/message-templates/SUSTAINMENT_CHECK").then().statusCode(200)
                .body(not(containsString("Saved:"))).extract().asString();
        // The preview filled in, and the form keeps the wording as typed, braces and all.
        assertTrue(page.contains("Preview, not yet saved") && page.contains("Dear Sam, still at kitchen assistant?")
                && page.contains("value=\"Checking in {name}\""), page);
    }

    private Response save(String path, String version, int i) {
        return admin.request().header("If-Match", "\"" + version + "\"").body(Map.of("subject", "Still in work? " + i,
                "body", "Dear {name}, are you still working as {job}?", "text", "Still working as {job}? " + i))
                .put(path);
    }
}
