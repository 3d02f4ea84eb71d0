package io.waymark.today;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.TeamBuilder.aTeamIn;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Downloads;
import io.waymark.support.TeamBuilder.BuiltTeam;
import io.waymark.support.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "My caseload" as a file: the worker's own clients, with the page's stage filter, and in each client's trail. */
@QuarkusTest
class CaseloadExportTest {

    private final Api intake = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void myCaseloadDownloadsWithTheStageFilterThePageHas() {
        BuiltTeam team = aTeamIn(Tokens.NORTH).withWorker("Rhona", 10).build();
        String engaging = intake.refer(anActiveClient().named("Ishbel", "Applecross"));
        String profiling = intake.refer(anActiveClient().named("Torquil", "Applecross"));
        team.lead().assign(engaging, team.worker("Rhona").staffId()).statusCode(201);
        team.lead().assign(profiling, team.worker("Rhona").staffId()).statusCode(201);
        intake.moveStage(profiling, "VOCATIONAL_PROFILING", null).statusCode(201);
        intake.refer(anActiveClient().named("Not", "Mine"));
        String rhona = team.worker("Rhona").token();

        List<String> lines = Downloads.csvLines(rhona, "/api/v1/caseloads/mine/export?format=csv&stage=VOCATIONAL_PROFILING");
        assertEquals("Client,Reference,Stage,Days in stage,Last contact,Next review,Assessment due", lines.get(0));
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(1).startsWith("Torquil Applecross,") && lines.get(1).contains(",Vocational profiling,0,"),
                lines.get(1));

        String page = given().auth().oauth2(rhona).get("/app/today?stage=VOCATIONAL_PROFILING").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("href=\"/app/today/caseload/export?stage=VOCATIONAL_PROFILING&amp;format=csv\""),
                "the page links to its list as a file, with its filter");
        List<List<String>> rows = Downloads.workbookRows(rhona, "/app/today/caseload/export?stage=&format=xlsx");
        assertEquals(List.of("Ishbel Applecross", "Torquil Applecross"),
                rows.subList(1, rows.size()).stream().map(row -> row.get(0)).sorted().toList(), "both of Rhona's clients");

        assertTrue(Downloads.latestTrailEntry(Tokens.NORTH, engaging).getString("changes").contains("caseload"));
        intake.request().accept("text/csv").get("/api/v1/caseloads/mine/export?format=csv&stage=NOWHERE").then()
                .statusCode(400).body("errors[0].field", equalTo("stage"));
        Api.as(Tokens.admin(Tokens.NORTH)).request().accept("text/csv").get("/api/v1/caseloads/mine/export?format=csv")
                .then().statusCode(403);
    }
}
