package io.waymark.common;

import static io.waymark.support.ClientBuilder.aReferral;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.waymark.support.Api;
import io.waymark.support.AtOnce;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.RepeatedTest;

/** A unique value sent by twenty requests at once, again and again, is saved once; the others get the 409 they would get alone. */
@QuarkusTest
class UniqueRulesTest {

    private static final int AT_ONCE = AtOnce.TWENTY;

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));
    private final Api admin = Api.as(Tokens.admin(Tokens.NORTH));

    /** Sends the same request twenty times at the same moment; answers the statuses and the 409s' fields, sorted. */
    private static List<String> atOnce(Supplier<Response> send) throws Exception {
        List<String> statuses = new ArrayList<>(AtOnce.send(AT_ONCE, i -> {
            Response answer = send.get();
            return answer.statusCode() == 409 ? "409 " + answer.jsonPath().getString("errors[0].field")
                    : String.valueOf(answer.statusCode());
        }));
        statuses.sort(null);
        return statuses;
    }

    private static List<String> oneSavedOthersRefusedOn(String created, String field) {
        List<String> expected = new ArrayList<>();
        expected.add(created);
        for (int i = 1; i < AT_ONCE; i++) {
            expected.add("409 " + field);
        }
        expected.sort(null);
        return expected;
    }

    @RepeatedTest(3)
    void theSameClientReferenceAtOnce() throws Exception {
        String reference = "RACE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(oneSavedOthersRefusedOn("201", "reference"), atOnce(() ->
                worker.request().body(aReferral().reference(reference).build()).post("/api/v1/clients")));
    }

    @RepeatedTest(3)
    void theSameEmployerNameAtOnce() throws Exception {
        String name = "Race Employer " + UUID.randomUUID();
        assertEquals(oneSavedOthersRefusedOn("201", "name"), atOnce(() ->
                worker.request().body(Map.of("name", name, "sector", "Retail")).post("/api/v1/employers")));
    }

    @RepeatedTest(3)
    void theSameOutcomeDefinitionNameAtOnce() throws Exception {
        String name = "Race Definition " + UUID.randomUUID();
        assertEquals(oneSavedOthersRefusedOn("201", "name"), atOnce(() -> admin.request()
                .body(Map.of("name", name, "followUpSchedule", "P4W,P13W", "countsRetained", true,
                        "countsSelfEmployed", true)).post("/api/v1/outcome-definitions")));
    }

    @RepeatedTest(3)
    void theSameNameForACopyOfAnOutcomeDefinitionAtOnce() throws Exception {
        String original = admin.request().body(Map.of("name", "Race Original " + UUID.randomUUID(), "followUpSchedule",
                "P4W", "countsRetained", true, "countsSelfEmployed", true)).post("/api/v1/outcome-definitions")
                .then().statusCode(201).extract().path("id");
        String name = "Race Copy " + UUID.randomUUID();
        assertEquals(oneSavedOthersRefusedOn("201", "name"), atOnce(() -> admin.request().body(Map.of("name", name))
                .post("/api/v1/outcome-definitions/{id}/copies", original)));
    }

    @RepeatedTest(3)
    void oneHoursChangeADayAtOnce() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        String client = worker.refer(anActiveClient());
        String job = worker.outcome(client, aJobGainedWith(worker.employer("Race Hours " + UUID.randomUUID()))
                .startingOn(today.minusDays(10)));
        assertEquals(oneSavedOthersRefusedOn("201", "effectiveFrom"), atOnce(() -> worker.request()
                .body(Map.of("effectiveFrom", today.minusDays(2).toString(), "hoursPerWeek", 20))
                .post("/api/v1/clients/{c}/outcomes/{o}/hours", client, job)));
    }
}
