package io.waymark.audit;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One request answers a subject access request with everything held about the client. */
@QuarkusTest
class SubjectAccessTest {

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));
    private final Api admin = Api.as(Tokens.admin(Tokens.NORTH));

    @Test
    void theExportHoldsTheRecordItsHistoryAndWhoTouchedIt() {
        String client = worker.refer(anActiveClient().named("Isla", "Access").with("phone", "07700 900555"));
        worker.request().body(Map.of("channel", "VIDEO", "durationMinutes", 30, "notes", "Talked about work trials"))
                .post("/api/v1/clients/{id}/contacts", client).then().statusCode(201);
        worker.moveStage(client, "VOCATIONAL_PROFILING", null).statusCode(201);
        worker.outcome(client, aJobGainedWith(worker.employer("Access Cafe")));
        worker.request().body(Map.of("plannedFor", "2030-01-07T10:00:00Z", "channel", "PHONE", "purpose", "Talk about the trial"))
                .post("/api/v1/clients/{id}/contacts/planned", client).then().statusCode(201);
        worker.request().body(Map.of("goal", "Work in a cafe")).post("/api/v1/clients/{id}/action-plan", client)
                .then().statusCode(201);

        admin.request().get("/api/v1/clients/{id}/subject-access", client).then().statusCode(200)
                .body("producedAt", notNullValue())
                .body("producedBy", equalTo("admin-north-works"))
                .body("client.firstName", equalTo("Isla"))
                .body("client.phone", equalTo("07700 900555"))
                .body("contacts.notes", hasItem("Talked about work trials"))
                .body("pathway.toStage", hasItem("VOCATIONAL_PROFILING"))
                .body("plannedContacts.purpose", hasItem("Talk about the trial"))
                .body("jobOutcomes", hasSize(1))
                .body("actionPlan.goal", hasItem("Work in a cafe"))
                .body("auditTrail.action", hasItem("CREATE"))
                // Producing the export is a read of the record, and is in the trail it contains.
                .body("auditTrail[0].action", equalTo("READ"))
                .body("auditTrail[0].actor", equalTo("admin-north-works"));

        worker.request().get("/api/v1/clients/{id}/subject-access", client).then().statusCode(403);
        Api.as(Tokens.admin(Tokens.SOUTH)).request().get("/api/v1/clients/{id}/subject-access", client)
                .then().statusCode(404);
    }
}
