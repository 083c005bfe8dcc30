package org.gongshi.server.store;

import org.gongshi.server.testing.FreshPostgres;

/** The same contract against a real PostgreSQL 17 server, started from the Maven artifact. */
class PostgresComplaintStoreTest extends ComplaintStoreContract {

    @Override
    String freshDatabaseUrl() throws Exception {
        return FreshPostgres.database();
    }
}
