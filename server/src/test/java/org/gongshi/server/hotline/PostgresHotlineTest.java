package org.gongshi.server.hotline;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.sql.Connection;
import java.sql.Statement;

/** Every hotline test again, with the server on a real PostgreSQL 17 (as with {@code serve --db jdbc:postgresql:…}). */
class PostgresHotlineTest extends HotlineTest {

    private static EmbeddedPostgres postgres;
    private static int databases;
    private String url;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    /** One fresh database per test, the same one when a test reopens it. */
    @Override
    String databaseUrl() throws Exception {
        if (url == null) {
            String name = "hotline_" + (++databases);
            try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + name);
            }
            url = postgres.getJdbcUrl("postgres", name);
        }
        return url;
    }
}
