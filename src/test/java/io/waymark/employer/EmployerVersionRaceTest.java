package io.waymark.employer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.waymark.support.Api;
import io.waymark.support.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.RepeatedTest;

/** Ten edits of an employer based on the same version, sent at once: one is saved, none is lost. */
@QuarkusTest
class EmployerVersionRaceTest {

    private final Api worker = Api.as(Tokens.worker(Tokens.NORTH));

    @RepeatedTest(5)
    void oneOfTenEditsOnTheSameVersionIsSavedAndItIsTheOneStored() throws Exception {
        String name = "Version Race " + UUID.randomUUID();
        String id = worker.request().body(Map.of("name", name, "sector", "Retail")).post("/api/v1/employers")
                .then().statusCode(201).extract().path("id");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String sector = "Sector " + i;
            answers.add(pool.submit((Callable<String>) () -> {
                start.await();
                int status = worker.request().header("If-Match", 0).body(Map.of("name", name, "sector", sector))
                        .put("/api/v1/employers/{id}", id).statusCode();
                return status + " " + sector;
            }));
        }
        start.countDown();
        List<String> saved = new ArrayList<>();
        for (Future<String> answer : answers) {
            String result = answer.get();
            if (result.startsWith("200")) {
                saved.add(result.substring(4));
            }
        }
        pool.shutdown();
        assertEquals(1, saved.size(), "edits saved: " + saved);
        assertEquals(saved.get(0), worker.request().get("/api/v1/employers/{id}", id).then().extract().path("sector"));
    }
}
