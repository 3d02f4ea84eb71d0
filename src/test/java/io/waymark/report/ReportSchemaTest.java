package io.waymark.report;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API describes its reports truly: real answers, of the hand-worked cohort as its own staff and its funder's
 * commissioner see them (figures shown, "<5", "suppressed", null), validate against the schema in {@code /q/openapi}.
 */
@QuarkusTest
class ReportSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Schema outcomeReport;

    @BeforeEach
    void readTheApiDocument() throws Exception {
        HandWorkedCohort.once();
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        // The document's own components, with the report's schema as the root to validate against.
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$ref", "#/components/schemas/OutcomeReport");
        schema.set("components", JSON.readTree(document).get("components"));
        outcomeReport = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema.toString(), InputFormat.JSON);
    }

    private void assertValid(String report) {
        List<Error> errors = outcomeReport.validate(report, InputFormat.JSON);
        assertEquals(List.of(), errors.stream().map(Error::toString).toList());
    }

    @Test
    void theServicesOwnReportValidates() {
        assertValid(Api.as(Tokens.teamLead(Tokens.REPORTS)).request().queryParam("quarter", "2025-Q3")
                .get("/api/v1/reports/outcomes").then().statusCode(200).extract().asString());
    }

    @Test
    void theCommissionersReportWithSuppressedFiguresValidates() {
        String report = Api.as(Tokens.commissioner(HandWorkedCohort.FUNDER)).request().queryParam("quarter", "2025-Q3")
                .get("/api/v1/funded-services/{s}/outcomes", Tokens.REPORTS).then().statusCode(200).extract().asString();
        assertValid(report);
    }

    @Test
    void aReportWithAnswersAndDisagreementsValidates() {
        Api worker = Api.as(Tokens.worker(Tokens.RECORDS));
        String client = worker.refer(anActiveClient().referredOn(LocalDate.parse("2026-01-05"))
                .consentedOn(LocalDate.parse("2026-01-06")).with("localAuthority", "Orkney Islands"));
        String job = worker.outcome(client, aJobGainedWith(worker.employer("Schema Ltd")).startingOn(LocalDate.parse("2026-03-02")));
        String check = worker.request().get("/api/v1/clients/{c}/outcomes/{o}", client, job).then().extract()
                .path("followUps[0].id");
        worker.request().body(Map.of("answer", "UNKNOWN", "reason", "No reply to three calls", "checkedOn", "2026-03-30"))
                .post("/api/v1/clients/{c}/outcomes/{o}/follow-ups/{f}/answer", client, job, check).then().statusCode(200);
        String report = Api.as(Tokens.teamLead(Tokens.RECORDS)).request().queryParam("quarter", "2026-Q1")
                .queryParam("localAuthority", "Orkney Islands").get("/api/v1/reports/outcomes").then().statusCode(200)
                .body("sustainmentAnswers[0].unknown", equalTo(1))
                .body("sustainmentAnswers[0].unknownReasons", equalTo(List.of("No reply to three calls")))
                .extract().asString();
        assertValid(report);
    }

    @Test
    void aSchemaThatDisagreesWithTheAnswerIsCaught() {
        String report = Api.as(Tokens.teamLead(Tokens.REPORTS)).request().queryParam("quarter", "2025-Q3")
                .get("/api/v1/reports/outcomes").then().statusCode(200).extract().asString();
        List<Error> errors = outcomeReport.validate(report.replaceFirst("\"peopleSupported\":\\s*[0-9]+",
                "\"peopleSupported\":{\"value\":6}"), InputFormat.JSON);
        assertEquals(false, errors.isEmpty(), "a figure sent as an object must not validate");
    }
}
