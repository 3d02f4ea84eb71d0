package io.waymark.referral;

import static io.waymark.support.PublicForms.aPartnerReferral;
import static io.waymark.support.PublicForms.aSelfReferral;
import static io.waymark.support.PublicForms.aVisitor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.AtOnce;
import io.waymark.support.ClientBuilder;
import io.waymark.support.Database;
import io.waymark.support.PublicForms;
import io.waymark.support.TeamBuilder;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Referrals from the public and from partners, through the pages a visitor fills in and the API a team lead reviews
 * them with: what arrives, what is refused and how, the decision, and what another organisation sees.
 */
@QuarkusTest
class ReferralTest {

    private static final String ORG = Tokens.REFERRALS;
    private static final String FORM = "/refer/" + ORG;

    private final Api admin = Api.as(Tokens.admin(ORG));
    private final Api lead = Api.as(Tokens.teamLead(ORG));

    @Inject
    DataSource dataSource;

    @BeforeEach
    void theFormIsOpen() {
        admin.request().body(Map.of("selfReferralOpen", true, "reviewWorkingDays", 5, "declinedKeptDays", 90))
                .put("/api/v1/referral-settings").then().statusCode(200);
    }

    @Test
    void aSelfReferralArrivesInTheQueueWithTheDuplicateCheckRun() {
        String last = unique("Fraser");
        Api.as(Tokens.worker(ORG)).refer(ClientBuilder.aReferral().named("Isla", last)
                .bornOn(LocalDate.of(1985, 4, 12)).with("localAuthority", "Glasgow City"));

        aVisitor().open(FORM).statusCode(200).body(containsString("Ask for help into work"))
                .body(containsString("East Referrals Employment"));
        aVisitor().send(FORM, aSelfReferral("Isla", last)).statusCode(303)
                .header("Location", containsString(FORM + "/sent"));

        JsonPath queued = queued(last);
        assertEquals("SELF_REFERRAL", queued.getString("referralSource"));
        assertEquals("NEW", queued.getString("status"));
        assertEquals(List.of("PHONE", "TEXT"), queued.getList("contactBy"));
        assertTrue(queued.getString("consent").startsWith("I agree that East Referrals Employment may keep"));
        JsonPath one = lead.request().get("/api/v1/referrals/{id}", queued.getString("id")).then().statusCode(200)
                .extract().jsonPath();
        assertEquals(List.of("Isla " + last), one.getList("likelyDuplicates.name"));
    }

    @Test
    void aClosedFormAndAnUnknownOrganisationAreNotFound() {
        admin.request().body(Map.of("selfReferralOpen", false, "reviewWorkingDays", 5, "declinedKeptDays", 90))
                .put("/api/v1/referral-settings").then().statusCode(200);
        aVisitor().open(FORM).statusCode(404).body(containsString("There is no referral form at this address"));
        aVisitor().open("/refer/no-such-provider").statusCode(404);
        aVisitor().open("/refer/..%2Fapi").statusCode(404);
    }

    @Test
    void aRefusedReferralComesBackWithWhatWasTypedAndEveryProblemNamed() {
        String last = unique("Reid");
        Map<String, Object> form = aSelfReferral("Ewan", last);
        form.remove("phone");
        form.remove("agreed");
        form.put("dobMonth", "13");
        form.put("about", "Warehouse work & <nights>");
        String page = aVisitor().send(FORM, form).statusCode(400).extract().asString();

        assertTrue(page.contains("There is a problem"), page);
        assertTrue(page.contains("Date of birth: enter a real date of birth"), page);
        assertTrue(page.contains("Phone number: give a phone number or an email address"), page);
        assertTrue(page.contains("Agreement: tick the box to agree"), page);
        assertTrue(page.contains("value=\"" + last + "\""), "the last name as typed");
        assertTrue(page.contains("Warehouse work &amp; &lt;nights&gt;</textarea>"), "the help wanted as typed");
        assertTrue(page.contains("value=\"13\""), "the month as typed");
        lead.request().get("/api/v1/referrals").then().statusCode(200).body("lastName", not(hasItem(last)));
    }

    @Test
    void theHoneypotAndTheRateLimitRefuseAFloodWithoutA500() {
        String last = unique("Bot");
        Map<String, Object> filled = aSelfReferral("Spam", last);
        filled.put("website", "http://spam.example");
        aVisitor().send(FORM, filled).statusCode(303).header("Location", containsString(FORM + "/sent"));
        lead.request().get("/api/v1/referrals").then().statusCode(200).body("lastName", not(hasItem(last)));

        PublicForms flood = aVisitor();
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            answers.add(flood.send(FORM, aSelfReferral("Flood", last + i)).extract().statusCode());
        }
        assertEquals(List.of(303, 303, 303, 303, 303, 303, 303, 303, 303, 303, 429, 429, 429, 429), answers);
        flood.send(FORM, aSelfReferral("Flood", last)).statusCode(429)
                .header("Retry-After", "3600").body(containsString("Too many referral forms"));
        aVisitor().send(FORM, aSelfReferral("Other", last)).statusCode(303);
        assertEquals(11, lead.request().get("/api/v1/referrals").then().statusCode(200).extract()
                .jsonPath().getList("lastName", String.class).stream().filter(l -> l.startsWith(last)).count());
    }

    @Test
    void aFormTooLargeIsRefusedBeforeItIsRead() {
        Map<String, Object> form = aSelfReferral("Big", unique("Body"));
        form.put("about", "x".repeat(70_000));
        aVisitor().send(FORM, form).statusCode(413);
    }

    @Test
    void aPartnersLinkNamesThePartnerAsksItsQuestionsAndCanBeRevoked() {
        JsonPath link = admin.request().body(Map.of("partner", "Govan Jobcentre", "referralSource", "Jobcentre Plus",
                        "questions", List.of(Map.of("question", "Which Work Coach?", "required", true),
                                Map.of("question", "Any risks we should know of?", "required", false))))
                .post("/api/v1/referral-links").then().statusCode(201).extract().jsonPath();
        String path = link.getString("address").replaceFirst("^https?://[^/]+", "");
        assertTrue(path.startsWith(FORM + "/"), path);
        admin.request().get("/api/v1/referral-links").then().statusCode(200)
                .body("find { it.id == '" + link.getString("id") + "' }.address", equalTo(null));

        aVisitor().open(path).statusCode(200).body(containsString("Govan Jobcentre")).body(containsString("Which Work Coach?"));
        String last = unique("Campbell");
        String refused = aVisitor().send(path, aPartnerReferral("Rory", last, "", "")).statusCode(400).extract().asString();
        assertTrue(refused.contains("Which Work Coach?: answer this question"), refused);

        aVisitor().send(path, aPartnerReferral("Rory", last, "Priya", "")).statusCode(303);
        JsonPath queued = queued(last);
        assertEquals("Govan Jobcentre", queued.getString("partner"));
        assertEquals("JOBCENTRE_PLUS", queued.getString("referralSource"));
        assertEquals("Priya Work Coach", queued.getString("referrerName"));
        assertEquals(List.of("Which Work Coach?", "Any risks we should know of?"), queued.getList("answers.question"));
        assertEquals(List.of("Priya", ""), queued.getList("answers.answer"));

        admin.request().header("If-Match", "\"" + link.getInt("version") + "\"")
                .post("/api/v1/referral-links/{id}/revocation", link.getString("id")).then().statusCode(200);
        aVisitor().open(path).statusCode(404);
        aVisitor().open(path.substring(0, path.length() - 1) + "A").statusCode(404);
    }

    @Test
    void anAcceptedReferralIsAReferredClientOnTheWaitingListAndCannotBeAcceptedTwice() {
        TeamBuilder.BuiltTeam team = TeamBuilder.aTeamIn(ORG).build();
        String last = unique("Munro");
        aVisitor().send(FORM, aSelfReferral("Kirsty", last)).statusCode(303);
        JsonPath queued = queued(last);

        String referral = queued.getString("id");
        lead.request().header("If-Match", "\"" + queued.getInt("version") + "\"")
                .body(Map.of("client", clientFrom(queued), "teamId", team.id()))
                .post("/api/v1/referrals/{id}/acceptance", referral).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));
        String clientId = lead.request().get("/api/v1/referrals/{id}", referral).then().extract().path("clientId");

        lead.request().get("/api/v1/clients/{id}", clientId).then().statusCode(200)
                .body("status", equalTo("REFERRED")).body("referralSource", equalTo("SELF_REFERRAL"))
                .body("teamId", equalTo(team.id())).body("workerId", equalTo(null));
        team.lead().request().get("/api/v1/teams/{id}/waiting-list", team.id()).then().statusCode(200)
                .body("lastName", hasItem(last));
        lead.request().header("If-Match", "\"" + queued.getInt("version") + "\"")
                .body(Map.of("client", clientFrom(queued), "teamId", team.id()))
                .post("/api/v1/referrals/{id}/acceptance", referral).then().statusCode(409)
                .body("detail", containsString("already accepted"));
    }

    @Test
    void twentyReviewersAcceptingAtOnceMakeOneClient() throws Exception {
        TeamBuilder.BuiltTeam team = TeamBuilder.aTeamIn(ORG).build();
        String last = unique("Twenty");
        aVisitor().send(FORM, aSelfReferral("Mhairi", last)).statusCode(303);
        JsonPath queued = queued(last);
        List<Integer> answers = AtOnce.send(AtOnce.TWENTY, i -> lead.request()
                .header("If-Match", "\"" + queued.getInt("version") + "\"")
                .body(Map.of("client", clientFrom(queued), "teamId", team.id()))
                .post("/api/v1/referrals/{id}/acceptance", queued.getString("id")).then().extract().statusCode());
        assertEquals(1, answers.stream().filter(s -> s == 200).count(), answers.toString());
        assertTrue(answers.stream().allMatch(s -> s == 200 || s == 409 || s == 412), answers.toString());
        assertEquals(List.of("1"), Database.column(dataSource,
                "select count(*) from client where organisation_code = ? and last_name = ?", ORG, last));
    }

    @Test
    void aWorkersFullCaseloadRefusesTheAcceptanceAndNothingIsSaved() {
        TeamBuilder.BuiltTeam team = TeamBuilder.aTeamIn(ORG).withWorker("Full Worker", 1).build();
        Api.as(team.leadToken()).assign(Api.as(team.worker("Full Worker").token()).refer(ClientBuilder.aReferral()),
                team.worker("Full Worker").staffId()).statusCode(201);
        String last = unique("Full");
        aVisitor().send(FORM, aSelfReferral("Calum", last)).statusCode(303);
        JsonPath queued = queued(last);

        lead.request().header("If-Match", "\"" + queued.getInt("version") + "\"")
                .body(Map.of("client", clientFrom(queued), "workerId", team.worker("Full Worker").staffId()))
                .post("/api/v1/referrals/{id}/acceptance", queued.getString("id")).then().statusCode(409)
                .body("errors[0].field", equalTo("workerId"))
                .body("errors[0].message", containsString("Full Worker already has 1 open cases, and their limit is 1"));
        assertEquals(List.of("0"), Database.column(dataSource,
                "select count(*) from client where organisation_code = ? and last_name = ?", ORG, last));
        assertEquals("NEW", queued(last).getString("status"));
    }

    @Test
    void aDeclinedReferralNeedsAReasonAndIsDeletedAfterTheSetPeriodWithTheDeletionAudited() {
        String last = unique("Declined");
        aVisitor().send(FORM, aSelfReferral("Lewis", last)).statusCode(303);
        JsonPath queued = queued(last);
        String id = queued.getString("id");
        lead.request().header("If-Match", "\"0\"").body(Map.of("reason", " "))
                .post("/api/v1/referrals/{id}/decline", id).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        lead.request().header("If-Match", "\"0\"").body(Map.of("reason", "Already in work full-time; gave the Access to Work number"))
                .post("/api/v1/referrals/{id}/decline", id).then().statusCode(200).body("status", equalTo("DECLINED"));

        Database.update(dataSource, "update referral set decided_at = now() - interval '89 days' where id = ?", UUID.fromString(id));
        referrals().deleteDeclined();
        lead.request().get("/api/v1/referrals/{id}", id).then().statusCode(200);

        Database.update(dataSource, "update referral set decided_at = now() - interval '91 days' where id = ?", UUID.fromString(id));
        assertTrue(referrals().deleteDeclined() >= 1);
        lead.request().get("/api/v1/referrals/{id}", id).then().statusCode(404);
        assertEquals(List.of("DELETE"), Database.column(dataSource,
                "select action from audit_event where entity = 'Referral' and entity_id = ? and action = 'DELETE'", id));
    }

    @Test
    void aReferralWaitingPastTheTargetIsFlagged() {
        String last = unique("Waiting");
        aVisitor().send(FORM, aSelfReferral("Skye", last)).statusCode(303);
        JsonPath fresh = queued(last);
        assertEquals(false, fresh.getBoolean("overdue"));
        // Two full weeks ago: ten working days, past the five of the target.
        Database.update(dataSource, "update referral set received_at = now() - interval '14 days' where id = ?",
                UUID.fromString(fresh.getString("id")));
        JsonPath old = queued(last);
        assertEquals(10, old.getInt("workingDaysWaiting"));
        assertEquals(true, old.getBoolean("overdue"));
    }

    @Test
    void anotherOrganisationSeesNoneOfItAndOnlyTeamLeadsReview() {
        String last = unique("Hidden");
        aVisitor().send(FORM, aSelfReferral("Iona", last)).statusCode(303);
        String id = queued(last).getString("id");

        Api south = Api.as(Tokens.teamLead(Tokens.SOUTH));
        south.request().get("/api/v1/referrals").then().statusCode(200).body("lastName", not(hasItem(last)));
        south.request().get("/api/v1/referrals/{id}", id).then().statusCode(404);
        south.request().header("If-Match", "\"0\"").body(Map.of("reason", "not ours"))
                .post("/api/v1/referrals/{id}/decline", id).then().statusCode(404);
        Api.as(Tokens.worker(ORG)).request().get("/api/v1/referrals").then().statusCode(403);
        admin.request().get("/api/v1/referrals").then().statusCode(403);
        lead.request().get("/api/v1/referral-links").then().statusCode(403);
        assertEquals("NEW", queued(last).getString("status"));
    }

    /** The referral holds the person's details too: it is in their subject access export, and erased with them. */
    @Test
    void theReferralIsInSubjectAccessAndErasedWithTheClient() {
        TeamBuilder.BuiltTeam team = TeamBuilder.aTeamIn(ORG).build();
        String last = unique("Erased");
        Map<String, Object> form = aSelfReferral("Fiona", last);
        form.put("about", "Care work near Paisley");
        aVisitor().send(FORM, form).statusCode(303);
        JsonPath queued = queued(last);
        lead.request().header("If-Match", "\"0\"").body(Map.of("client", clientFrom(queued), "teamId", team.id()))
                .post("/api/v1/referrals/{id}/acceptance", queued.getString("id")).then().statusCode(200);
        String client = lead.request().get("/api/v1/referrals/{id}", queued.getString("id")).then().extract().path("clientId");

        admin.request().get("/api/v1/clients/{id}/subject-access", client).then().statusCode(200)
                .body("referrals.about", equalTo(List.of("Care work near Paisley")))
                .body("referrals.lastName", equalTo(List.of(last)));

        lead.request().body(Map.of("reason", "WITHDREW", "closedOn", LocalDate.now(ZoneId.of("Europe/London")).toString()))
                .post("/api/v1/clients/{id}/closure", client).then().statusCode(200);
        admin.request().body(Map.of("note", "Asked to be forgotten")).post("/api/v1/clients/{id}/erasure", client)
                .then().statusCode(200);
        assertEquals(List.of("(erased)|(erased)|||1985-01-01"), Database.column(dataSource, """
                select first_name || '|' || last_name || '|' || coalesce(phone, '') || '|' || coalesce(about, '') || '|'
                       || date_of_birth from referral where client_id = ?::uuid""", client));
    }

    private ReferralService referrals() {
        return Arc.container().instance(ReferralService.class).get();
    }

    /** The new referral with this last name, as its reviewers see it. */
    private JsonPath queued(String lastName) {
        List<Map<String, Object>> all = lead.request().get("/api/v1/referrals").then().statusCode(200).extract()
                .jsonPath().getList("$");
        Map<String, Object> found = all.stream().filter(r -> lastName.equals(r.get("lastName"))).findFirst()
                .orElseThrow(() -> new AssertionError("no new referral for " + lastName));
        return lead.request().get("/api/v1/referrals/{id}", found.get("id")).then().statusCode(200).extract().jsonPath();
    }

    /** The client's record as a reviewer completes it from the referral. */
    private static Map<String, Object> clientFrom(JsonPath referral) {
        Map<String, Object> client = new HashMap<>(ClientBuilder.aReferral()
                .named(referral.getString("firstName"), referral.getString("lastName"))
                .with("phone", referral.getString("phone")).with("referralSource", referral.getString("referralSource"))
                .referredOn(LocalDate.now(ZoneId.of("Europe/London"))).build());
        client.put("dateOfBirth", referral.getString("dateOfBirth"));
        return client;
    }

    private static String unique(String name) {
        return name + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
    }
}
