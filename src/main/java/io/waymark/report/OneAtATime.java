package io.waymark.report;

import io.waymark.common.DomainException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Work that needs much of the heap (a national report holds every client's facts of a programme) done by one request
 * at a time: three at once ran out of the 128 MB heap (docs/performance.md). The others wait their turn, and after
 * {@code patience} are told to try again (503, Retry-After), never a failure half-way.
 */
final class OneAtATime {

    private final Semaphore turn = new Semaphore(1, true);
    private final Duration patience;

    OneAtATime(Duration patience) {
        this.patience = patience;
    }

    <T> T run(Supplier<T> work) {
        boolean ours;
        try {
            ours = turn.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Busy();
        }
        if (!ours) {
            throw new Busy();
        }
        try {
            return work.get();
        } finally {
            turn.release();
        }
    }

    /** Others were ahead for longer than the patience allows. */
    static final class Busy extends DomainException {

        Busy() {
            super("Other national reports are being worked out on this server; try again in a minute", List.of());
        }

        @Override
        public int status() {
            return 503;
        }

        @Override
        public String title() {
            return "Service busy";
        }

        @Override
        public Integer retryAfterSeconds() {
            return 60;
        }
    }
}
