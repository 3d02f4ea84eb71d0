package io.waymark.common;

import static io.restassured.RestAssured.given;
import static io.waymark.support.ClientBuilder.anActiveClient;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.waymark.support.Api;
import io.waymark.support.DatabaseOutage;
import io.waymark.support.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The database is stopped in the middle of a write load and started again: requests in flight fail cleanly (503
 * problem+json), none is half-applied, the service recovers without a restart, readiness follows the database, and
 * every write acknowledged before the stop is still there after it.
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final int WRITERS = 4;

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @Test
    void writesDuringADatabaseRestartAreEitherKeptOrCleanlyRefused() throws Exception {
        String client = worker.refer(anActiveClient());
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Set<String> attempted = ConcurrentHashMap.newKeySet();
        List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int n = 0; writing.get(); n++) {
                    String note = "writer " + writer + " note " + n;
                    attempted.add(note);
                    Response response = worker.request()
                            .body(Map.of("channel", "PHONE", "durationMinutes", 5, "notes", note))
                            .post("/api/v1/clients/{id}/contacts", client);
                    statuses.merge(response.statusCode(), 1, Integer::sum);
                    if (response.statusCode() == 201) {
                        acknowledged.add(note);
                    } else if (response.statusCode() != 503
                            || !response.contentType().startsWith("application/problem+json")
                            || response.header("Retry-After") == null) {
                        unexpected.add(response.statusCode() + " " + response.contentType() + " " + response.asString());
                    }
                }
            }));
        }
        Thread.sleep(1000);
        Set<String> beforeTheStop = new HashSet<>(acknowledged);
        DatabaseOutage.stop();
        try {
            awaitReadiness("DOWN", 503);
            Thread.sleep(2000);
        } finally {
            DatabaseOutage.start();
        }
        awaitReadiness("UP", 200);
        int afterRestart = acknowledged.size();
        Instant until = Instant.now().plusSeconds(20);
        while (acknowledged.size() < afterRestart + 20 && Instant.now().isBefore(until)) {
            Thread.sleep(100);
        }
        writing.set(false);
        for (Future<?> writerDone : writers) {
            writerDone.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        assertEquals(List.of(), unexpected, "every failure is a 503 problem with Retry-After; statuses " + statuses);
        assertTrue(statuses.getOrDefault(503, 0) > 0, "some writes met the outage: " + statuses);
        assertTrue(acknowledged.size() >= afterRestart + 20, "the service wrote again without a restart: " + statuses);
        List<String> stored = storedNotes(client);
        assertEquals(stored.size(), new HashSet<>(stored).size(), "a write was applied twice");
        assertTrue(stored.containsAll(beforeTheStop), "a write acknowledged before the stop was lost");
        assertTrue(stored.containsAll(acknowledged), "an acknowledged write was lost");
        assertTrue(attempted.containsAll(stored), "a write appeared that nobody made");
    }

    private List<String> storedNotes(String client) {
        List<String> notes = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = worker.request().queryParam("page", page).queryParam("size", 100)
                    .get("/api/v1/clients/{id}/contacts", client).then().statusCode(200).extract().path("items.notes");
            notes.addAll(items);
            if (items.size() < 100) {
                return notes;
            }
        }
    }

    private static void awaitReadiness(String state, int status) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            Response ready = given().get("/q/health/ready");
            if (ready.statusCode() == status && state.equals(ready.path("status"))) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("readiness never became " + state);
    }
}
