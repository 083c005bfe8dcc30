package org.gongshi.server;

import org.gongshi.server.guard.HttpLimits;
import org.gongshi.server.guard.Limits;

import java.util.List;
import java.util.Objects;

/**
 * How the site server listens and what its own pages say.
 *
 * @param host         interface to bind, e.g. "127.0.0.1" or "0.0.0.0"
 * @param port         TCP port; 0 picks any free port (read it back with {@code server.getURI()})
 * @param siteTitle    site name shown in the header of server-rendered pages
 * @param sampleData   true when serving the embedded fictional records: pages then say "示例数据"
 * @param hotlinePhone the office's complaint phone, offered wherever writing in fails or is too slow
 * @param formOrigins  other origins (scheme://host[:port]) whose pages may post forms here: the static
 *                     site's host when it is not this server
 * @param behindProxy  true when a reverse proxy in front sets X-Forwarded-For; only then is that header
 *                     believed for the client address that rate limits count by
 * @param limits       abuse limits for the hotline and the staff desk
 * @param http         what one connection may cost: timeouts, header sizes, connections at once
 */
public record ServerConfig(String host, int port, String siteTitle, boolean sampleData, String hotlinePhone,
                           List<String> formOrigins, boolean behindProxy, Limits limits, HttpLimits http) {

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(siteTitle, "siteTitle");
        Objects.requireNonNull(hotlinePhone, "hotlinePhone");
        formOrigins = List.copyOf(formOrigins);
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(http, "http");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
    }

    /** A server for tests and benchmarks: no phone, no other origins, no proxy, default limits. */
    public ServerConfig(String host, int port, String siteTitle, boolean sampleData) {
        this(host, port, siteTitle, sampleData, "", List.of(), false, Limits.DEFAULT, HttpLimits.DEFAULT);
    }
}
