package org.gongshi.server.guard;

/**
 * How much one client may do: {@code burst} at once, then {@code perHour} spread over the hour.
 *
 * @param burst   requests allowed back to back
 * @param perHour sustained rate
 */
public record RateLimit(int burst, int perHour) {

    public RateLimit {
        if (burst < 1 || perHour < 1) {
            throw new IllegalArgumentException("burst and perHour must be positive: " + burst + ", " + perHour);
        }
    }
}
