package io.waymark.client;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.aReferral;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Statements;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Anyone can be found again from what a worker has to hand: part of a name, a typo, a date of birth, a phone. */
@QuarkusTest
class ClientSearchTest {

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @Inject
    DataSource dataSource;

    private List<String> found(String text) {
        return worker.request().queryParam("q", text).get("/api/v1/clients").then().statusCode(200)
                .extract().path("items.id");
    }

    @Test
    void aClientIsFoundByPartOfTheNameWithATypoAndByTheirDetails() {
        String client = worker.refer(aReferral().named("Isla", "Strathdearn").bornOn(LocalDate.parse("1979-08-23"))
                .with("phone", "07700 900456").with("email", "Isla.S@example.org").with("postcode", "G3 8AZ")
                .with("nationalInsuranceNumber", "QQ 12 34 56 D"));
        for (String text : List.of("strathd", "Isla Strathdearn", "Strathdeern", "Isla Strathdarn", "1979-08-23",
                "23/08/1979", "+44 7700 900456", "07700900456", "isla.s@EXAMPLE.org", "g38az", "G3 8AZ", "QQ123456D")) {
            org.junit.jupiter.api.Assertions.assertTrue(found(text).contains(client), "not found by " + text);
        }
        for (String text : List.of("Strawberry", "1979-08-24", "07700 900457", "G3 8BA")) {
            org.junit.jupiter.api.Assertions.assertTrue(!found(text).contains(client), "found by " + text);
        }
    }

    @Test
    void theListFiltersByStageStatusAndProgrammeInPathwayOrder() {
        String engaged = worker.refer(anActiveClient().named("Ewan", "Glenmoriston").with("programme", "IPS"));
        String matching = worker.refer(anActiveClient().named("Anna", "Glenmoriston").with("programme", "IPS"));
        String other = worker.refer(anActiveClient().named("Zoe", "Glenmoriston").with("programme", "OTHER"));
        worker.moveStage(matching, "VOCATIONAL_PROFILING", null).statusCode(201);
        worker.request().queryParam("q", "glenmoriston").queryParam("programme", "IPS").queryParam("sort", "pathway")
                .get("/api/v1/clients").then().statusCode(200)
                .body("items.id", equalTo(List.of(engaged, matching)));
        worker.request().queryParam("q", "glenmoriston").queryParam("stage", "VOCATIONAL_PROFILING")
                .get("/api/v1/clients").then().body("items.id", equalTo(List.of(matching)));
        worker.request().queryParam("q", "glenmoriston").queryParam("programme", "NOT_A_PROGRAMME")
                .get("/api/v1/clients").then().statusCode(400).body("errors[0].field", equalTo("programme"));
        org.junit.jupiter.api.Assertions.assertTrue(found("glenmoriston").contains(other));
    }

    /** The search reads rows straight from SQL: one statement beside the tenant scoping, the total counted with them. */
    @Test
    void aSearchIsOneStatementAndItsPagesAddUpToTheTotal() {
        for (String first : List.of("Aonghas", "Beathag", "Catriona")) {
            worker.refer(aReferral().named(first, "Achnasheen"));
        }
        Statements statements = Statements.during(dataSource, () -> worker.request().queryParam("q", "achnasheen")
                .queryParam("size", 2).queryParam("sort", "firstName").get("/api/v1/clients").then().statusCode(200)
                .body("items.firstName", equalTo(List.of("Aonghas", "Beathag")))
                .body("totalItems", equalTo(3)).body("totalPages", equalTo(2)));
        org.junit.jupiter.api.Assertions.assertEquals(2, statements.count(), "a search ran " + statements);
        worker.request().queryParam("q", "achnasheen").queryParam("size", 2).queryParam("page", 1)
                .queryParam("sort", "firstName").get("/api/v1/clients").then().statusCode(200)
                .body("items.firstName", equalTo(List.of("Catriona"))).body("totalItems", equalTo(3));
        worker.request().queryParam("q", "achnasheen").queryParam("size", 2).queryParam("page", 5)
                .get("/api/v1/clients").then().statusCode(200)
                .body("items", equalTo(List.of())).body("totalItems", equalTo(3));
        worker.request().queryParam("q", "achnasheen").queryParam("sort", "-firstName").get("/api/v1/clients")
                .then().body("items.firstName", equalTo(List.of("Catriona", "Beathag", "Aonghas")));
    }

    @Test
    void thePageListsWhatTheHeaderSearchFoundAndRefusesABadFilterInWords() {
        String client = worker.refer(aReferral().named("Morag", "Kinlochewe"));
        given().auth().oauth2(Tokens.worker(Tokens.NORTH)).queryParam("q", "kinlochew").get("/app/clients")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("href=\"/app/clients/" + client + "\""))
                .body(containsString("Morag Kinlochewe"))
                .body(containsString("id=\"find-client\""));
        given().auth().oauth2(Tokens.worker(Tokens.NORTH)).queryParam("q", "kinlochew").queryParam("stage", "SOMEWHERE")
                .get("/app/clients").then().statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("There is a problem")).body(containsString("Stage:"))
                .body(containsString("value=\"kinlochew\""));
        given().auth().oauth2(Tokens.commissioner("search-funder")).get("/app/clients").then().statusCode(403);
    }
}
