package org.gongshi.server.hotline;

import org.gongshi.server.testing.FreshPostgres;

/** Every hotline test again, with the server on a real PostgreSQL 17 (as with {@code serve --db jdbc:postgresql:…}). */
class PostgresHotlineTest extends HotlineTest {

    private String url;

    /** One fresh database per test, the same one when a test reopens it. */
    @Override
    String databaseUrl() throws Exception {
        if (url == null) {
            url = FreshPostgres.database();
        }
        return url;
    }
}
