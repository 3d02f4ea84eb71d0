package io.waymark.message;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Database;
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
        assertEquals(List.of(), NotifyStandIn.textsTo(phone));
        // The next morning: sent, once.
        OffsetDateTime morning = LocalDate.now(UK).plusDays(2).atTime(8, 5).atZone(UK).toOffsetDateTime();
        sending.sendDue(morning);
        sending.sendDue(morning.plusMinutes(10));
        List<NotifyStandIn.Text> texts = NotifyStandIn.textsTo(phone);
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
        assertEquals(List.of(), NotifyStandIn.textsTo(phone));
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
        assertEquals(1, NotifyStandIn.textsTo(phone).size(), "Notify was asked first, so the text went once");
        assertEquals(List.of("SENT"), Database.column(dataSource, "select status from message where id = ?", id));
        assertEquals(1, meters.counter("waymark.messages.found.sent", "channel", "text").count() - foundBefore);
    }

    @Test
    void notifyRefusesATokenNotSignedWithTheKey() {
        io.restassured.RestAssured.given().baseUri(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                        .getValue("waymark.notify.base-url", String.class))
                .header("Authorization", "Bearer e30.e30.c2lnbmF0dXJl").contentType("application/json")
                .body(Map.of("phone_number", phone(), "template_id", "x", "personalisation", Map.of("body", "hi")))
                .post("/v2/notifications/sms").then().statusCode(403).body("errors[0].error", equalTo("AuthError"));
    }

    private static String phone() {
        return "07700 9" + String.format("%05d", (int) (Math.random() * 100_000));
    }
}
