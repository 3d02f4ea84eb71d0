package io.waymark.imports;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far each running import has got, for the page's progress bar. Held by the replica that runs the import: the
 * page asks the same address, and an answer of "not running here" shows the batch's saved status instead.
 */
@ApplicationScoped
public class ImportProgress {

    /** Rows saved of all the rows; {@code running} false when no import of the batch runs here. */
    public record Done(boolean running, int rows, int of) {

        public int percent() {
            return of == 0 ? 0 : Math.min(100, rows * 100 / of);
        }
    }

    private record Running(AtomicInteger rows, int of) {
    }

    private final Map<UUID, Running> running = new ConcurrentHashMap<>();

    void start(UUID batch, int rows) {
        running.put(batch, new Running(new AtomicInteger(), rows));
    }

    void advance(UUID batch, int rows) {
        Running run = running.get(batch);
        if (run != null) {
            run.rows().addAndGet(rows);
        }
    }

    void finish(UUID batch) {
        running.remove(batch);
    }

    Done of(UUID batch) {
        Running run = running.get(batch);
        return run == null ? new Done(false, 0, 0) : new Done(true, run.rows().get(), run.of());
    }
}
