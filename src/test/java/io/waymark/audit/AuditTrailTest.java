package io.waymark.audit;

import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.waymark.support.Api;
import io.waymark.support.ClientBuilder;
import io.waymark.support.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Changes and reads of a client's record land in the append-only trail, with special-category values masked. */
@QuarkusTest
class AuditTrailTest {

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));
    private final Api admin = Api.as(Tokens.admin(Tokens.NORTH));

    @Inject
    DataSource dataSource;

    @Test
    void changesAndReadsOfAClientAreInTheTrail() {
        ClientBuilder referral = anActiveClient().with("ethnicity", "White Scottish");
        String client = worker.refer(referral);
        worker.request().header("If-Match", "0")
                .body(referral.with("phone", "07700 900123").with("ethnicity", "Mixed").build())
                .put("/api/v1/clients/{id}", client).then().statusCode(200);
        worker.request().body(Map.of("channel", "PHONE", "durationMinutes", 10, "notes", "Talked about her anxiety"))
                .post("/api/v1/clients/{id}/contacts", client).then().statusCode(201);
        worker.moveStage(client, "VOCATIONAL_PROFILING", null).statusCode(201);
        worker.request().get("/api/v1/clients/{id}", client).then().statusCode(200);

        JsonPath trail = admin.request().queryParam("clientId", client).get("/api/v1/audit-events")
                .then().statusCode(200).extract().jsonPath();
        List<String> what = trail.getList("collect { it.action + ' ' + it.entity }");
        // Newest first. The referral's first stage move and the move's update of the client are recorded too.
        assertEquals("READ Client", what.get(0));
        assertTrue(what.containsAll(List.of("CREATE Client", "CREATE StageMove", "UPDATE Client", "CREATE Contact")), what.toString());
        assertEquals(List.of("worker-north-works"), trail.getList("actor").stream().distinct().toList());

        String update = trail.getString("find { it.action == 'UPDATE' && it.changes.contains('phone') }.changes");
        assertTrue(update.contains("\"phone\":[null,\"(masked)\"]") && !update.contains("07700"), update);
        assertTrue(update.contains("\"ethnicity\":[\"(masked)\",\"(masked)\"]"), update);
        String contact = trail.getString("find { it.entity == 'Contact' }.changes");
        assertTrue(contact.contains("\"notes\":[null,\"(masked)\"]") && !contact.contains("anxiety"), contact);

        // Only administrators read it, and only their own organisation's.
        worker.request().get("/api/v1/audit-events").then().statusCode(403);
        Api.as(Tokens.admin(Tokens.SOUTH)).request().queryParam("clientId", client).get("/api/v1/audit-events")
                .then().statusCode(200).body("$", empty());
    }

    @Test
    void theTrailCannotBeChangedOrDeletedEvenInTheDatabase() throws SQLException {
        worker.refer(anActiveClient());
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate("update audit_event set actor = 'someone else'"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("delete from audit_event"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("truncate audit_event"));
        }
    }
}
