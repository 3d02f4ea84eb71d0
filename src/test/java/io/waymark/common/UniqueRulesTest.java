package io.waymark.common;

import static io.waymark.support.ClientBuilder.aReferral;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static io.waymark.support.OutcomeBuilder.aJobGainedWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A unique value sent by several requests at once is saved once; the others get the 409 they would get alone. */
@QuarkusTest
class UniqueRulesTest {

    private static final int AT_ONCE = 6;

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));
    private final Api admin = Api.as(Tokens.admin(Tokens.NORTH));

    /** Sends the same request from several threads at the same moment; answers the statuses and the 409s' fields. */
    private static List<String> atOnce(Supplier<Response> send) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                answers.add(pool.submit((Callable<String>) () -> {
                    start.await();
                    Response answer = send.get();
                    return answer.statusCode() == 409 ? "409 " + answer.jsonPath().getString("errors[0].field")
                            : String.valueOf(answer.statusCode());
                }));
            }
            start.countDown();
            List<String> statuses = new ArrayList<>();
            for (Future<String> answer : answers) {
                statuses.add(answer.get());
            }
            statuses.sort(null);
            return statuses;
        } finally {
            pool.shutdownNow();
        }
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

    @Test
    void theSameClientReferenceAtOnce() throws Exception {
        String reference = "RACE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(oneSavedOthersRefusedOn("201", "reference"), atOnce(() ->
                worker.request().body(aReferral().reference(reference).build()).post("/api/v1/clients")));
    }

    @Test
    void theSameEmployerNameAtOnce() throws Exception {
        String name = "Race Employer " + UUID.randomUUID();
        assertEquals(oneSavedOthersRefusedOn("201", "name"), atOnce(() ->
                worker.request().body(Map.of("name", name, "sector", "Retail")).post("/api/v1/employers")));
    }

    @Test
    void theSameOutcomeDefinitionNameAtOnce() throws Exception {
        String name = "Race Definition " + UUID.randomUUID();
        assertEquals(oneSavedOthersRefusedOn("201", "name"), atOnce(() -> admin.request()
                .body(Map.of("name", name, "followUpSchedule", "P4W,P13W", "countsRetained", true,
                        "countsSelfEmployed", true)).post("/api/v1/outcome-definitions")));
    }

    @Test
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
