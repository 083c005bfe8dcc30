package org.gongshi.server.guard;

import java.time.Duration;
import java.util.Objects;

/**
 * What one client's connection may cost the server, whatever it sends. Stated here rather than left to Jetty's
 * defaults, so that a Jetty upgrade cannot quietly change them.
 *
 * @param idleTimeout        a connection on which no byte moves for this long is closed
 * @param progressTimeout    a connection on which no request head is completed, no response begins and no response
 *                           byte is sent for this long is closed, however many bytes the client trickles in
 *                           (slowloris, slow bodies); see {@link ProgressDeadline}
 * @param maxConnections     connections open at once; beyond this the server stops accepting until some close
 * @param requestHeaderBytes request line and headers together (cookies included); more is answered 431
 * @param responseHeaderBytes the largest response head the server will write
 */
public record HttpLimits(Duration idleTimeout, Duration progressTimeout, int maxConnections, int requestHeaderBytes,
                         int responseHeaderBytes) {

    /**
     * Thirty seconds lets a 2 000-character complaint (about 18 KB as a form) arrive over a 1 KB/s rural mobile
     * link. 8 KiB of headers is several times what a browser sends here. Ten thousand connections are far more
     * visitors than a county site has at once, and few enough that file handles and memory last.
     */
    public static final HttpLimits DEFAULT = new HttpLimits(Duration.ofSeconds(30), Duration.ofSeconds(30), 10_000,
            8 * 1024, 8 * 1024);

    public HttpLimits {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(progressTimeout, "progressTimeout");
        if (idleTimeout.isNegative() || idleTimeout.isZero() || progressTimeout.isNegative() || progressTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive: " + idleTimeout + ", " + progressTimeout);
        }
        if (maxConnections < 1 || requestHeaderBytes < 1024 || responseHeaderBytes < 1024) {
            throw new IllegalArgumentException("maxConnections must be positive and header sizes at least 1024 bytes: "
                    + maxConnections + ", " + requestHeaderBytes + ", " + responseHeaderBytes);
        }
    }

    /** The same limits with other timeouts, for tests that cannot wait half a minute. */
    public HttpLimits withTimeouts(Duration idle, Duration progress) {
        return new HttpLimits(idle, progress, maxConnections, requestHeaderBytes, responseHeaderBytes);
    }
}
