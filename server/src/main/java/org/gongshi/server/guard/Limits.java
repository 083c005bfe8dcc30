package org.gongshi.server.guard;

import java.time.Duration;
import java.util.Objects;

/**
 * The abuse limits of the hotline and staff desk. The defaults let a whole village behind one carrier NAT
 * address file complaints on the same afternoon, yet stop a script after a few dozen.
 *
 * @param minFormAge  a form token younger than this is not accepted: people read before they confirm, scripts do not
 * @param posts       every form sent to the server (review, filing, status lookup, login), per IP address
 * @param filings     complaints filed, per IP address
 * @param loginsPerIp staff login attempts, per IP address
 * @param loginsPerAccount failed logins, per staff name
 */
public record Limits(Duration minFormAge, RateLimit posts, RateLimit filings, RateLimit loginsPerIp,
                     RateLimit loginsPerAccount) {

    public static final Limits DEFAULT = new Limits(Duration.ofSeconds(2),
            new RateLimit(60, 600), new RateLimit(30, 120), new RateLimit(20, 60), new RateLimit(5, 12));

    public Limits {
        Objects.requireNonNull(minFormAge, "minFormAge");
        Objects.requireNonNull(posts, "posts");
        Objects.requireNonNull(filings, "filings");
        Objects.requireNonNull(loginsPerIp, "loginsPerIp");
        Objects.requireNonNull(loginsPerAccount, "loginsPerAccount");
    }

    /** The same limits with every per-IP rate multiplied, for load benchmarks from one address. */
    public Limits perIpTimes(int factor) {
        return new Limits(minFormAge, times(posts, factor), times(filings, factor), times(loginsPerIp, factor),
                loginsPerAccount);
    }

    private static RateLimit times(RateLimit limit, int factor) {
        return new RateLimit(Math.multiplyExact(limit.burst(), factor), Math.multiplyExact(limit.perHour(), factor));
    }
}
