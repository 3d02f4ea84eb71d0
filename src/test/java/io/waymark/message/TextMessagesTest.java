package io.waymark.message;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.waymark.support.Api;
import io.waymark.support.Database;
import io.waymark.support.NotifyResource;
import io.waymark.support.NotifyStandIn;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Text messages through the Notify stand-in: only to a client who agreed to texts, never in the quiet hours, and
 * never twice, even when the sender dies between Notify taking a text and the text being marked sent.
 */
@QuarkusTest
class TextMessagesTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    MessageSending sending;

    @Inject
    NotifyTextDelivery notify;

    @Inject
    MeterRegistry meters;

    @Inject
    DataSource dataSource;

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));
    private final Api advisor = Api.as(Tokens.newAdvisor("Ravi Texts", Tokens.NORTH));

    @Test
    void theConfirmationTextWaitsOutTheQuietHoursAndGoesOnceAfter() {
        String phone = phone();
        String client = worker.refer(anActiveClient().named("Eilidh", "Texted").with("phone", phone));
        worker.request().header("If-Match", "\"0\"").body(Map.of("channels", List.of("TEXT")))
                .put("/api/v1/clients/{id}/message-consent", client).then().statusCode(200);
        worker.book(advisor.slot(LocalDate.now(UK).plusDays(4).atTime(14, 0)), client);

        // Late in the evening: held back.
        sending.sendDue(LocalDate.now(UK).plusDays(1).atTime(22, 30).atZone(UK).toOffsetDateTime());
        assertEquals(List.of(), NotifyResource.textsTo(phone));
        // The next morning: sent, once.
        OffsetDateTime morning = LocalDate.now(UK).plusDays(2).atTime(8, 5).atZone(UK).toOffsetDateTime();
        sending.sendDue(morning);
        sending.sendDue(morning.plusMinutes(10));
        List<NotifyStandIn.Text> texts = NotifyResource.textsTo(phone);
        assertEquals(1, texts.size());
        assertTrue(texts.get(0).body().startsWith("Your health and wellbeing assessment is booked for "),
                texts.get(0).body());
        assertTrue(texts.get(0).body().endsWith("at Room 2, Clyde House. North Works Employment Service"),
                texts.get(0).body());
        Api.as(Tokens.admin(Tokens.NORTH)).request().get("/api/v1/clients/{id}/subject-access", client).then()
                .statusCode(200).body("messages.channel", equalTo(List.of("TEXT")))
                .body("messages.status", equalTo(List.of("SENT")));
    }

    @Test
    void aClientWhoAgreedOnlyToEmailsGetsNoText() {
        String phone = phone();
        String client = worker.refer(anActiveClient().named("Eilidh", "Emailed").with("phone", phone)
                .with("email", UUID.randomUUID() + "@example.org"));
        worker.request().header("If-Match", "\"0\"").body(Map.of("channels", List.of("EMAIL")))
                .put("/api/v1/clients/{id}/message-consent", client).then().statusCode(200);
        worker.book(advisor.slot(LocalDate.now(UK).plusDays(4).atTime(15, 0)), client);
        sending.sendDue(LocalDate.now(UK).plusDays(1).atTime(12, 0).atZone(UK).toOffsetDateTime());
        assertEquals(List.of(), NotifyResource.textsTo(phone));
    }

    @Test
    void aTextNotifyTookBeforeTheSenderDiedIsNotSentAgain() throws Exception {
        String phone = phone();
        UUID id = UUID.randomUUID();
        Database.update(dataSource, """
                insert into message (id, organisation_code, channel, kind, about_id, recipient, body)
                values (?, 'north-works', 'TEXT', 'BOOKING_REMINDER', gen_random_uuid(), ?, 'See you tomorrow')""",
                id, phone);
        OffsetDateTime noon = LocalDate.now(UK).plusDays(1).atTime(12, 0).atZone(UK).toOffsetDateTime();
        double foundBefore = meters.counter("waymark.messages.found.sent", "channel", "text").count();
        // A sender claims it, Notify takes it, and the sender dies before marking it sent.
        MessageSending.Claimed claimed = sending.claim(noon).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow();
        notify.deliver(claimed.message());
        Database.update(dataSource, "update message set claimed_until = ? where id = ?", noon.minusSeconds(1), id);

        sending.sendDue(noon);
        assertEquals(1, NotifyResource.textsTo(phone).size(), "Notify was asked first, so the text went once");
        assertEquals(List.of("SENT"), Database.column(dataSource, "select status from message where id = ?", id));
        assertEquals(1, meters.counter("waymark.messages.found.sent", "channel", "text").count() - foundBefore);
    }

    @Test
    void notifysDeliveryReceiptsShowOnTheClientsTimeline() throws Exception {
        String delivered = phone();
        String wrongNumber = "07700 900002"; // Notify's test number for a permanent failure
        String reached = textedClient("Delivered", delivered, 10);
        String unreached = textedClient("Unreached", wrongNumber, 11);
        sending.sendDue(LocalDate.now(UK).plusDays(1).atTime(12, 0).atZone(UK).toOffsetDateTime());

        assertEquals("delivered", receiptOf(reached));
        assertEquals("permanent-failure", receiptOf(unreached));
        String timeline = timeline(reached);
        assertTrue(timeline.contains("Booking confirmation, by text to " + delivered + ": sent ")
                && timeline.contains(", delivered</li>"), timeline);
        assertTrue(timeline(unreached).contains(
                "<strong>not delivered: the number may be wrong or no longer in use</strong>"), timeline(unreached));
        Api.as(Tokens.admin(Tokens.NORTH)).request().get("/api/v1/clients/{id}/subject-access", unreached).then()
                .statusCode(200).body("messages.deliveryStatus", equalTo(List.of("permanent-failure")));
    }

    @Test
    void aDeliveryReceiptWithoutNotifysTokenChangesNothing() throws Exception {
        String client = textedClient("Receipted", phone(), 13);
        sending.sendDue(LocalDate.now(UK).plusDays(1).atTime(12, 0).atZone(UK).toOffsetDateTime());
        assertEquals("delivered", receiptOf(client));
        String message = Database.column(dataSource, "select id from message where client_id = ?::uuid", client).get(0);
        Map<String, String> failed = Map.of("reference", message, "status", "permanent-failure", "completed_at",
                OffsetDateTime.now().plusMinutes(5).toString(), "notification_type", "sms");

        receipt().body(failed).post().then().statusCode(401);
        receipt().header("Authorization", "Bearer not-notifys-token").body(failed).post().then().statusCode(401);
        receipt().header("Authorization", "Bearer " + Tokens.worker(Tokens.NORTH)).body(failed).post().then()
                .statusCode(401);
        receipt().header("Authorization", "Bearer " + NotifyResource.CALLBACK_TOKEN)
                .body(Map.of("reference", message, "status", "opened")).post().then().statusCode(400)
                .body("errors[0].field", equalTo("status"));
        assertEquals("delivered", receiptOf(client), "a refused receipt changes nothing");
        // Notify's token, about a message Waymark never sent: accepted, nothing to record.
        receipt().header("Authorization", "Bearer " + NotifyResource.CALLBACK_TOKEN)
                .body(Map.of("reference", "not-ours", "status", "delivered")).post().then().statusCode(204);
        // An older receipt arriving late does not replace a newer one.
        receipt().header("Authorization", "Bearer " + NotifyResource.CALLBACK_TOKEN)
                .body(Map.of("reference", message, "status", "temporary-failure", "completed_at",
                        OffsetDateTime.now().minusDays(1).toString())).post().then().statusCode(204);
        assertEquals("delivered", receiptOf(client));
    }

    @Test
    void notifyRefusesATokenNotSignedWithTheKey() {
        given().baseUri(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getValue("waymark.notify.base-url", String.class))
                .header("Authorization", "Bearer e30.e30.c2lnbmF0dXJl").contentType("application/json")
                .body(Map.of("phone_number", phone(), "template_id", "x", "personalisation", Map.of("body", "hi")))
                .post("/v2/notifications/sms").then().statusCode(403).body("errors[0].error", equalTo("AuthError"));
    }

    /** A client who agreed to texts, with an assessment booked for {@code days} days ahead. */
    private String textedClient(String surname, String phone, int days) {
        String client = worker.refer(anActiveClient().named("Eilidh", surname).with("phone", phone));
        worker.request().header("If-Match", "\"0\"").body(Map.of("channels", List.of("TEXT")))
                .put("/api/v1/clients/{id}/message-consent", client).then().statusCode(200);
        worker.book(advisor.slot(LocalDate.now(UK).plusDays(days).atTime(10, 0)), client);
        return client;
    }

    /** The messages part of the client's timeline as its worker sees it, spaces as a reader sees them. */
    private static String timeline(String client) {
        String page = given().auth().oauth2(Tokens.worker(Tokens.NORTH)).queryParam("show", "MESSAGES")
                .get("/app/clients/{id}", client).then().statusCode(200).extract().asString().replaceAll("\\s+", " ");
        return page.substring(page.indexOf("<h3>Messages</h3>"));
    }

    /** The delivery status Notify's receipt gave the client's one message, once the receipt has come. */
    private String receiptOf(String client) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            List<String> status = Database.column(dataSource,
                    "select delivery_status from message where client_id = ?::uuid", client);
            if (status.size() == 1 && status.get(0) != null) {
                return status.get(0);
            }
            Thread.sleep(100);
        }
        return "no receipt in 10 seconds";
    }

    private static RequestSpecification receipt() {
        return given().contentType("application/json").basePath("/notify/delivery-receipts");
    }

    private static String phone() {
        return "07700 9" + String.format("%05d", (int) (Math.random() * 100_000));
    }
}
