package org.gongshi.server.guard;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Token buckets (bucket4j), one per key, e.g. per client IP address or per staff account. Only the most
 * recently seen keys are remembered, so a flood from many addresses cannot exhaust memory; a forgotten key
 * starts again with a full bucket, which errs on the side of letting people through.
 */
public final class RateLimiter {

    private static final int REMEMBERED_KEYS = 100_000;

    private final RateLimit limit;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > REMEMBERED_KEYS;
        }
    };

    public RateLimiter(RateLimit limit) {
        this.limit = limit;
    }

    /** Takes one token; when none is left, returns how long until one is. */
    public Optional<Duration> acquire(String key) {
        ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }


    /**
     * Like {@link #acquire} but takes nothing: for limits that count only some outcomes (failed logins),
     * checked before the outcome is known.
     */
    public Optional<Duration> waitFor(String key) {
        EstimationProbe probe = bucket(key).estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Bucket bucket(String key) {
        synchronized (buckets) {
            return buckets.computeIfAbsent(key, k -> Bucket.builder()
                    .addLimit(l -> l.capacity(limit.burst()).refillGreedy(limit.perHour(), Duration.ofHours(1)))
                    .build());
        }
    }
}
