package io.waymark.progression;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.AtOnce;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Distance travelled: the client's own scores, once a day at most, and the change the client's page charts. */
@QuarkusTest
class SelfAssessmentTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    private static Map<String, Object> scores(LocalDate on, int confidence, int jobSearch, int health, int travel) {
        return Map.of("assessedOn", on.toString(), "confidence", confidence, "jobSearch", jobSearch,
                "healthAtWork", health, "travel", travel);
    }

    @Test
    void theClientsScoresAreKeptAndThePageShowsTheChangeWithItsNumbers() {
        String client = worker.refer(anActiveClient().named("Skye", "Scored"));
        worker.request().body(scores(TODAY.minusDays(60), 3, 4, 5, 2)).post("/api/v1/clients/{id}/self-assessments",
                client).then().statusCode(201).body("confidence", equalTo(3));
        worker.request().body(scores(TODAY, 7, 4, 4, 6)).post("/api/v1/clients/{id}/self-assessments", client)
                .then().statusCode(201);
        worker.request().get("/api/v1/clients/{id}/self-assessments", client).then()
                .body("assessedOn", equalTo(List.of(TODAY.minusDays(60).toString(), TODAY.toString())));
        String page = given().auth().oauth2(Tokens.worker(Tokens.NORTH)).get("/app/clients/{id}", client).then()
                .statusCode(200).extract().asString().replaceAll("\\s+", " ");
        String numbers = page.substring(page.indexOf("id=\"distance-numbers\""));
        assertTrue(numbers.contains("<th scope=\"row\">Confidence about working</th><td>3</td><td>7</td><td>+4</td>")
                && numbers.contains("<th scope=\"row\">Managing health at work</th><td>5</td><td>4</td><td>-1</td>")
                && numbers.contains("<th scope=\"row\">Getting to work</th><td>2</td><td>6</td><td>+4</td>"), numbers);
    }

    @Test
    void onceADayAndOnlyScoresOfOneToTen() throws Exception {
        String client = worker.refer(anActiveClient().named("Skye", "Daily"));
        List<Integer> answers = AtOnce.send(AtOnce.TWENTY, i -> worker.request().body(scores(TODAY, 5, 5, 5, 5))
                .post("/api/v1/clients/{id}/self-assessments", client).statusCode());
        assertEquals(1, answers.stream().filter(s -> s == 201).count(), answers.toString());
        assertEquals(AtOnce.TWENTY - 1, answers.stream().filter(s -> s == 409).count(), answers.toString());
        worker.request().body(scores(TODAY.minusDays(1), 11, 5, 5, 5)).post("/api/v1/clients/{id}/self-assessments",
                client).then().statusCode(400).body("errors[0].field", equalTo("confidence"));
        worker.request().body(scores(TODAY.plusDays(1), 5, 5, 5, 5)).post("/api/v1/clients/{id}/self-assessments",
                client).then().statusCode(400).body("errors[0].field", equalTo("assessedOn"));
        Api.as(Tokens.worker(Tokens.SOUTH)).request().get("/api/v1/clients/{id}/self-assessments", client).then()
                .statusCode(404);
        Api.as(Tokens.advisor(Tokens.NORTH)).request().body(scores(TODAY.minusDays(2), 5, 5, 5, 5))
                .post("/api/v1/clients/{id}/self-assessments", client).then().statusCode(403);
    }
}
