package io.waymark.report;

import static io.waymark.support.PublicForms.aPartnerReferral;
import static io.waymark.support.PublicForms.aSelfReferral;
import static io.waymark.support.PublicForms.aVisitor;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.ClientBuilder;
import io.waymark.support.Database;
import io.waymark.support.TeamBuilder;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The waits from referral, worked by hand over three people referred in 2026-Q2 to an organisation of their own:
 * <pre>
 *   who     came through             referred   accepted   days to accept   first contact   days to contact
 *   Aila    the public form (self)   4 May      8 May      4                8 May           4
 *   Bruce   Govan Jobcentre's link   5 May      7 May      2                none            -
 *   Cora    typed in by staff (JCP)  1 May      -          -                4 May           3
 * </pre>
 * Everyone: 3 referred, 2 through a form (median days to acceptance (2 + 4) / 2 = 3.0), 2 with a first contact
 * (median (3 + 4) / 2 = 3.5). Self-referral: 1, 1, 4, 1, 4. Jobcentre Plus: 2, 1, 2, 1, 3.
 */
@QuarkusTest
class ReferralWaitsTest {

    private static final String ORG = "referral-waits";

    @Inject
    DataSource dataSource;

    @Test
    void theWaitsFromReferralAreCountedBySourceOnTheReportAndInTheReturn() {
        Api admin = Api.as(Tokens.admin(ORG));
        Api lead = Api.as(Tokens.teamLead(ORG));
        TeamBuilder.BuiltTeam team = TeamBuilder.aTeamIn(ORG).build();
        String link = admin.request().body(Map.of("partner", "Govan Jobcentre", "referralSource", "JOBCENTRE_PLUS"))
                .post("/api/v1/referral-links").then().statusCode(201).extract().<String>path("address")
                .replaceFirst("^https?://[^/]+", "");

        aVisitor().send("/refer/" + ORG, aSelfReferral("Aila", "Waits")).statusCode(303);
        aVisitor().send(link, aPartnerReferral("Bruce", "Waits")).statusCode(303);
        String aila = accept(lead, team, "Aila", "2026-05-04", "2026-05-04 10:00+01", "2026-05-08 09:00+01");
        accept(lead, team, "Bruce", "2026-05-05", "2026-05-05 16:00+01", "2026-05-07 15:00+01");
        String cora = Api.as(Tokens.worker(ORG)).refer(ClientBuilder.aReferral().named("Cora", "Waits")
                .referredOn(LocalDate.of(2026, 5, 1)));
        contact(lead, aila, "2026-05-08T11:00:00+01:00");
        contact(lead, cora, "2026-05-04T10:00:00+01:00");
        contact(lead, cora, "2026-05-20T10:00:00+01:00");

        JsonPath waits = lead.request().queryParam("quarter", "2026-Q2").get("/api/v1/reports/outcomes").then()
                .statusCode(200).extract().jsonPath().setRootPath("referralWaits");
        assertEquals(List.of(3, 2, 3.0f, 2, 3.5f), List.of(waits.getInt("all.referred"), waits.getInt("all.accepted"),
                waits.getFloat("all.medianDaysToAcceptance"), waits.getInt("all.contacted"),
                waits.getFloat("all.medianDaysToFirstContact")));
        // In the national list's order.
        assertEquals(List.of("self_referral", "jobcentre_plus"), waits.getList("bySource.source"));
        assertEquals(List.of(1, 2), waits.getList("bySource.referred"));
        assertEquals(List.of(1, 1), waits.getList("bySource.accepted"));
        assertEquals(List.of(4, 2), waits.getList("bySource.medianDaysToAcceptance"));
        assertEquals(List.of(1, 1), waits.getList("bySource.contacted"));
        assertEquals(List.of(4, 3), waits.getList("bySource.medianDaysToFirstContact"));

        List<String> csv = lead.request().accept("text/csv").queryParam("quarter", "2026-Q2")
                .get("/api/v1/reports/quarterly-return").then().statusCode(200).extract().asString().lines().toList();
        Map<String, String> everyone = ReturnRows.row(csv, "all,all");
        assertEquals(List.of("3", "2", "3.0", "2", "3.5"), List.of(everyone.get("people_referred"),
                everyone.get("accepted_from_referral_form"), everyone.get("median_days_referral_to_acceptance"),
                everyone.get("people_with_first_contact"), everyone.get("median_days_referral_to_first_contact")));
        Map<String, String> jobcentre = ReturnRows.row(csv, "referral_source,jobcentre_plus");
        assertEquals(List.of("2", "1", "2", "1", "3"), List.of(jobcentre.get("people_referred"),
                jobcentre.get("accepted_from_referral_form"), jobcentre.get("median_days_referral_to_acceptance"),
                jobcentre.get("people_with_first_contact"), jobcentre.get("median_days_referral_to_first_contact")));
        assertEquals("", jobcentre.get("people_supported"), "a source's row carries only its waits");
        int waitsColumn = List.of(csv.get(0).split(",", -1)).indexOf("people_referred");
        assertEquals(List.of("all", "referral_source", "referral_source"), csv.stream().skip(1)
                .map(line -> line.split(",", -1)).filter(cells -> !cells[waitsColumn].isEmpty())
                .map(cells -> cells[5]).toList(), "the waits are on the whole service's row and the sources' only");
    }

    /** Accepts the referral of this first name onto the team's waiting list, then dates it as it happened. */
    private String accept(Api lead, TeamBuilder.BuiltTeam team, String firstName, String referredOn, String receivedAt,
            String decidedAt) {
        Map<String, Object> referral = lead.request().get("/api/v1/referrals").then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("$").stream()
                .filter(r -> firstName.equals(r.get("firstName"))).findFirst().orElseThrow();
        Map<String, Object> client = new HashMap<>(ClientBuilder.aReferral().named(firstName, "Waits")
                .with("referralSource", referral.get("referralSource")).referredOn(LocalDate.parse(referredOn)).build());
        lead.request().header("If-Match", "\"" + referral.get("version") + "\"")
                .body(Map.of("client", client, "teamId", team.id()))
                .post("/api/v1/referrals/{id}/acceptance", referral.get("id")).then().statusCode(200);
        Database.update(dataSource, "update referral set received_at = ?::timestamptz, decided_at = ?::timestamptz"
                + " where id = ?", receivedAt, decidedAt, UUID.fromString((String) referral.get("id")));
        return lead.request().get("/api/v1/referrals/{id}", referral.get("id")).then().extract().path("clientId");
    }

    private static void contact(Api lead, String client, String happenedAt) {
        lead.request().body(Map.of("happenedAt", happenedAt, "channel", "PHONE", "durationMinutes", 15,
                "notes", "First call")).post("/api/v1/clients/{id}/contacts", client).then().statusCode(201);
    }
}
