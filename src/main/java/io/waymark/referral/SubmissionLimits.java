package io.waymark.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many referral forms one address may send in an hour, so that a script cannot flood a provider's queue. Counted
 * in memory by each replica (docs/referrals.md): a flood from one address is refused within its first few
 * submissions, which is all the limit is for.
 */
@ApplicationScoped
public class SubmissionLimits {

    private static final Duration WINDOW = Duration.ofHours(1);
    /** Beyond this many addresses remembered, those whose hour has passed are forgotten. */
    private static final int TIDY_AT = 10_000;

    @ConfigProperty(name = "waymark.referrals.submissions-per-address", defaultValue = "10")
    int perAddress;

    @Inject
    Clock clock;

    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

    /** Counts a submission from the address; false when it has sent its hour's share already. */
    public boolean allow(String address) {
        Instant now = clock.instant();
        if (sent.size() > TIDY_AT) {
            sent.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || times.peekLast().isBefore(now.minus(WINDOW));
                }
            });
        }
        Deque<Instant> times = sent.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
                times.pollFirst();
            }
            if (times.size() >= perAddress) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
