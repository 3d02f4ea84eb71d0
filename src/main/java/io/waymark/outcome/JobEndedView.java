package io.waymark.outcome;

import io.waymark.client.Stage;

/** The ended job, and the move back the worker is offered when the client is still in in-work support. */
public record JobEndedView(OutcomeView outcome, Stage offeredMove) {

    /** What the service answers before mapping: the outcome and the move on offer, if any. */
    public record Offer(JobOutcome outcome, Stage offeredMove) {
    }
}
