package io.waymark.pathway;

import io.waymark.client.Client;
import java.time.LocalDate;

/**
 * What the pathway must know of a client's jobs to allow in-work support. The outcome feature, which keeps the jobs
 * and depends on the pathway, answers it, so the pathway need not know how jobs are kept.
 */
public interface JobsHeld {

    /** The jobs the client holds on the day: whether any, and whether one of them is a job they kept (retained). */
    Held on(Client client, LocalDate day);

    record Held(boolean any, boolean retained) {
    }
}
