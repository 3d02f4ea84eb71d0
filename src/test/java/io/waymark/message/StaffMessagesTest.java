package io.waymark.message;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.PublicForms.aSelfReferral;
import static io.waymark.support.PublicForms.aVisitor;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Database;
import io.waymark.support.SmtpResource;
import io.waymark.support.TeamBuilder;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What staff are emailed, read back from the SMTP server: only what each chose, and each once. */
@QuarkusTest
class StaffMessagesTest {

    @Inject
    MessageSending sending;

    @Inject
    StaffMessages staffMessages;

    @Inject
    DataSource dataSource;

    @Test
    void aWorkerIsEmailedWhenAClientIsPutOnTheirCaseloadUnlessTheyChoseNotToBe() throws Exception {
        TeamBuilder.BuiltTeam team = TeamBuilder.aTeamIn(Tokens.NORTH).withWorker("Mairi Mail", 30).build();
        TeamBuilder.Worker worker = team.worker("Mairi Mail");
        String address = withEmail(worker.staffId());
        Api me = Api.as(worker.token());
        String client = me.refer(anActiveClient().named("Calum", "Assigned"));
        String reference = me.request().get("/api/v1/clients/{id}", client).then().extract().path("reference");
        team.lead().assign(client, worker.staffId()).statusCode(201);
        sending.sendDue();
        List<MimeMessage> received = SmtpResource.to(address);
        assertEquals(1, received.size());
        assertEquals("A client is on your caseload: " + reference, received.get(0).getSubject());
        String body = SmtpResource.text(received.get(0));
        assertTrue(body.contains(reference) && !body.contains("Calum"), "by reference only: " + body);

        me.request().body(Map.of("notices", List.of("MORNING_DIGEST"))).put("/api/v1/me/notices").then()
                .statusCode(200).body("notices", equalTo(List.of("MORNING_DIGEST")));
        String another = me.refer(anActiveClient().named("Calum", "Second"));
        team.lead().assign(another, worker.staffId()).statusCode(201);
        sending.sendDue();
        assertEquals(1, SmtpResource.to(address).size(), "no email after choosing not to get them");
    }

    @Test
    void aWorkerTakingACaseOnThemselvesIsNotEmailedAboutIt() {
        TeamBuilder.BuiltTeam team = TeamBuilder.aTeamIn(Tokens.NORTH).withWorker("Sam Self", 30).build();
        TeamBuilder.Worker worker = team.worker("Sam Self");
        String address = withEmail(worker.staffId());
        Api.as(worker.token()).refer(anActiveClient().named("Tam", "Taken").with("takeOn", "CASELOAD"));
        sending.sendDue();
        assertEquals(List.of(), SmtpResource.to(address));
    }

    @Test
    void aTeamLeadIsEmailedWhenAReferralIsWaiting() throws Exception {
        Api lead = Api.as(Tokens.teamLead(Tokens.REFERRALS));
        String leadId = lead.request().get("/api/v1/me").then().statusCode(200).extract().path("id");
        String address = withEmail(leadId);
        Api.as(Tokens.admin(Tokens.REFERRALS)).request()
                .body(Map.of("selfReferralOpen", true, "reviewWorkingDays", 5, "declinedKeptDays", 90))
                .put("/api/v1/referral-settings").then().statusCode(200);
        aVisitor().send("/refer/" + Tokens.REFERRALS, aSelfReferral("Nell", "Waiting")).statusCode(303);
        sending.sendDue();
        List<MimeMessage> received = SmtpResource.to(address);
        assertEquals(List.of("A referral is waiting for review"), received.stream().map(SmtpResource::subject)
                .distinct().toList());
        assertTrue(SmtpResource.text(received.get(0)).contains("came through your public form"));
    }

    @Test
    void eachMorningAWorkerIsEmailedWhatIsDueTodayOnce() throws Exception {
        TeamBuilder.BuiltTeam team = TeamBuilder.aTeamIn(Tokens.NORTH).withWorker("Dana Digest", 30).build();
        TeamBuilder.Worker worker = team.worker("Dana Digest");
        String address = withEmail(worker.staffId());
        Api me = Api.as(worker.token());
        String client = me.refer(anActiveClient().named("Rona", "Digest"));
        team.lead().assign(client, worker.staffId()).statusCode(201);
        String today = LocalDate.now(ZoneId.of("Europe/London")).toString();
        me.request().body(Map.of("goal", "Write a CV", "reviewDate", today))
                .post("/api/v1/clients/{id}/action-plan", client).then().statusCode(201);

        staffMessages.writeDigests();
        staffMessages.writeDigests();
        sending.sendDue();
        List<MimeMessage> digests = SmtpResource.to(address).stream()
                .filter(m -> SmtpResource.subject(m).startsWith("Due today")).toList();
        assertEquals(1, digests.size());
        assertEquals("Due today, " + today, SmtpResource.subject(digests.get(0)));
        String body = SmtpResource.text(digests.get(0));
        assertTrue(body.startsWith("Good morning Dana Digest,") && body.contains("- 1 action-plan review due or overdue"),
                body);
    }

    /** Gives the member of staff an email address, as their sign-in account's would be. */
    private String withEmail(String staffId) {
        String address = "staff-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Database.update(dataSource, "update staff set email = ? where id = ?::uuid", address, staffId);
        return address;
    }
}
