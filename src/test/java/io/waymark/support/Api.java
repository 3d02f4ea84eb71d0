package io.waymark.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

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
