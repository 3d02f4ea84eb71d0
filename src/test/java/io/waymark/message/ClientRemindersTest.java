package io.waymark.message;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.SmtpResource;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reminder of a planned contact the day before, and the sustainment check's question on its day: once each. */
@QuarkusTest
class ClientRemindersTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject
    ClientReminders reminders;

    @Inject
    MessageSending sending;

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void aClientIsRemindedOfTomorrowsCallAndAskedOnTheCheckDayWhetherTheyAreStillInWork() throws Exception {
        String address = UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String client = worker.refer(anActiveClient().named("Iona", "Reminded").with("email", address)
                .consentedOn(LocalDate.now(UK).minusWeeks(20)).referredOn(LocalDate.now(UK).minusWeeks(21)));
        worker.request().header("If-Match", "\"0\"").body(Map.of("channels", List.of("EMAIL")))
                .put("/api/v1/clients/{id}/message-consent", client).then().statusCode(200);
        worker.request().body(Map.of("plannedFor", LocalDate.now(UK).plusDays(1).atTime(10, 15).atZone(UK)
                        .toOffsetDateTime().toString(), "channel", "PHONE", "purpose", "Talk through the interview"))
                .post("/api/v1/clients/{id}/contacts/planned", client).then().statusCode(201);
        worker.outcome(client, aJobGainedWith(worker.employer("Reminder Cafe " + UUID.randomUUID()))
                .startingOn(LocalDate.now(UK).minusWeeks(13)).with("jobTitle", "Barista"));

        reminders.writeDue();
        reminders.writeDue();
        sending.sendDue();
        List<String> subjects = SmtpResource.to(address).stream().map(SmtpResource::subject).sorted().toList();
        assertEquals(2, subjects.size(), subjects.toString());
        assertEquals("Are you still in work?", subjects.get(0));
        assertTrue(subjects.get(1).startsWith("Reminder: ") && subjects.get(1).endsWith("will phone you tomorrow at 10:15"),
                subjects.get(1));
        String check = SmtpResource.text(SmtpResource.to(address).stream()
                .filter(m -> SmtpResource.subject(m).startsWith("Are")).findFirst().orElseThrow());
        assertTrue(check.contains("It is 13 weeks since you started your job. Are you still working as Barista?"), check);
    }
}
