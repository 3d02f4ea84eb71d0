package io.waymark.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Three national reports at once ran a 128 MB heap out of memory (a 500 for one of them); they now take turns, and
 * one that waits too long is told to try again.
 */
class OneAtATimeTest {

    /** A first report that holds the turn until {@code finish} is counted down. */
    private static CompletableFuture<String> holdingTheTurn(OneAtATime turns, CountDownLatch finish) throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> turns.run(() -> {
            started.countDown();
            await(finish);
            return "first";
        }));
        started.await(5, TimeUnit.SECONDS);
        return first;
    }

    @Test
    void aSecondWaitsForTheFirstAndThenRuns() throws Exception {
        OneAtATime turns = new OneAtATime(Duration.ofSeconds(10));
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = holdingTheTurn(turns, finish);
        CompletableFuture<String> second = CompletableFuture.supplyAsync(() -> turns.run(() -> "second"));
        Thread.sleep(200);
        assertEquals(false, second.isDone(), "the second ran beside the first");
        finish.countDown();
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        assertEquals("second", second.get(5, TimeUnit.SECONDS));
    }

    @Test
    void oneThatWaitsTooLongIsToldToTryAgain() throws Exception {
        OneAtATime turns = new OneAtATime(Duration.ofMillis(100));
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = holdingTheTurn(turns, finish);
        OneAtATime.Busy busy = assertThrows(OneAtATime.Busy.class, () -> turns.run(() -> "second"));
        assertEquals(503, busy.status());
        assertEquals(60, busy.retryAfterSeconds());
        finish.countDown();
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        assertEquals("third", turns.run(() -> "third"), "the turn is given back");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
