package io.waymark.audit;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The audit trail reads as a record of acts: found by the client's reference, one entry per act, fields in words. */
@QuarkusTest
class AuditPagesTest {

    @Test
    void anAdministratorReadsOneEntryPerActInWordsWithoutInternalIds() {
        Api worker = Api.as(Tokens.worker(Tokens.NORTH));
        String client = worker.refer(anActiveClient().named("Ishbel", "Audited"));
        String reference = worker.request().get("/api/v1/clients/{id}", client).then().extract().path("reference");
        worker.outcome(client, aJobGainedWith(worker.employer("Audit Readers Ltd")).hours(18));

        String page = given().auth().oauth2(Tokens.admin(Tokens.NORTH)).queryParam("reference", reference)
                .get("/app/audit").then().statusCode(200)
                .body(containsString("Added job outcome: Apprentice: false; Contract type: Permanent"))
                .body(containsString("Job title: Kitchen assistant"))
                .body(containsString("Hours per week: 18.0"))
                .body(containsString("Added follow up: Due on:")).body(containsString("Label: 4 weeks"))
                .body(not(containsString("JobOutcome")))
                .extract().asString();
        // Recording the job (the job, its hours and its four checks) is one act, one row.
        String table = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
        Matcher row = Pattern.compile("<tr>.*?</tr>", Pattern.DOTALL).matcher(table);
        int rows = 0;
        boolean jobRow = false;
        while (row.find()) {
            rows++;
            String text = row.group();
            if (text.contains("Added job outcome")) {
                jobRow = true;
                assertTrue(text.contains("Added outcome hours") && text.contains("52 weeks"), text);
            }
        }
        assertTrue(jobRow, "the job's entry");
        assertFalse(Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-").matcher(table.replaceAll("href=\"[^\"]*\"", "")).find(),
                "no internal ids in the entries");
        assertEquals(true, rows >= 2, "the referral and the job are separate acts");
        given().auth().oauth2(Tokens.admin(Tokens.NORTH)).queryParam("reference", "NO-SUCH-REF").get("/app/audit").then()
                .statusCode(400).body(containsString("Client&#39;s reference"));
    }
}
