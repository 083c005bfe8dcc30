package org.gongshi.server.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SqliteComplaintStoreTest extends ComplaintStoreContract {

    @TempDir
    Path dir;

    @Override
    String freshDatabaseUrl() {
        return Database.sqliteUrl(dir.resolve("data"));
    }

    @Test
    void theFileIsCreatedInWalModeWithFullSync() throws Exception {
        assertTrue(Files.isRegularFile(dir.resolve("data/complaints.db")));
        assertEquals("wal", pragma("journal_mode"));
        // 2 = FULL: a commit waits for the log to reach the disk.
        assertEquals("2", pragma("synchronous"));
    }

    @Test
    void reopeningKeepsWhatWasFiled() throws Exception {
        long id = complaints.file(complaint("n1", "r1", "", ComplaintKind.OTHER)).id();
        database.close();
        database = Database.open(freshDatabaseUrl());
        assertEquals(id, new ComplaintStore(database).byReceipt("r1").orElseThrow().id());
    }

    private String pragma(String name) throws Exception {
        return database.read(connection -> {
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
                r.next();
                return r.getString(1);
            }
        });
    }
}
