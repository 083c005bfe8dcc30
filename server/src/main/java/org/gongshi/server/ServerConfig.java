package org.gongshi.server;

import java.util.Objects;

/**
 * How the site server listens and what its own pages say.
 *
 * @param host       interface to bind, e.g. "127.0.0.1" or "0.0.0.0"
 * @param port       TCP port; 0 picks any free port (read it back with {@code server.getURI()})
 * @param siteTitle  site name shown in the header of server-rendered pages
 * @param sampleData true when serving the embedded fictional records: pages then say "示例数据"
 */
public record ServerConfig(String host, int port, String siteTitle, boolean sampleData) {

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(siteTitle, "siteTitle");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, was " + port);
        }
    }
}
