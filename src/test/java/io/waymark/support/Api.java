package io.waymark.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** REST calls as a signed-in user, plus the few steps most tests need as set-up. */
public final class Api {

    private final String token;

    private Api(String token) {
        this.token = token;
    }

    public static Api as(String token) {
        return new Api(token);
    }

    public RequestSpecification request() {
        return given().auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Refers a client and answers their id. */
    public String refer(ClientBuilder client) {
        return request().body(client.build()).post("/api/v1/clients")
                .then().statusCode(201).extract().path("id");
    }

    /** Adds an employer with a unique name and answers its id. */
    public String employer(String name) {
        return request().body(Map.of("name", name + " " + UUID.randomUUID().toString().substring(0, 6),
                        "sector", "Hospitality"))
                .post("/api/v1/employers").then().statusCode(201).extract().path("id");
    }

    /** Records a job outcome for the client and answers its id. */
    public String outcome(String clientId, OutcomeBuilder outcome) {
        return request().body(outcome.build()).post("/api/v1/clients/{id}/outcomes", clientId)
                .then().statusCode(201).extract().path("id");
    }

    /** As an advisor: publishes a one-hour slot at this UK local date and time, and answers its id. */
    public String slot(LocalDateTime ukStart) {
        return request().body(Map.of("date", ukStart.toLocalDate().toString(), "startTime", ukStart.toLocalTime().toString(),
                        "lengthMinutes", 60, "place", "Room 2, Clyde House"))
                .post("/api/v1/assessment-slots").then().statusCode(201).extract().path("id");
    }

    /** Books the slot for the client and answers the booking's id. */
    public String book(String slotId, String clientId) {
        return request().body(Map.of("slotId", slotId, "clientId", clientId)).post("/api/v1/bookings")
                .then().statusCode(201).extract().path("id");
    }

    /** Gives the client to the worker (or, with a null worker, back to the waiting list). */
    public ValidatableResponse assign(String clientId, String workerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("workerId", workerId);
        return request().body(body).post("/api/v1/clients/{id}/assignments", clientId).then();
    }

    public ValidatableResponse moveStage(String clientId, String toStage, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("toStage", toStage);
        if (reason != null) {
            body.put("reason", reason);
        }
        return request().body(body).post("/api/v1/clients/{id}/stage-moves", clientId).then();
    }
}
