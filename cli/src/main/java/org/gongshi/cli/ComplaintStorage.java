package org.gongshi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongshi.server.crypto.Keys;
import org.gongshi.server.store.Database;
import picocli.CommandLine.Option;

/**
 * Where complaints live: by default a SQLite file and a key file in {@code data/}, a folder no build ever
 * writes or deletes. Every command that touches complaints (serve, staff, complaints) takes these options.
 */
final class ComplaintStorage {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "举报数据目录（默认 data/）：SQLite 数据库 complaints.db 和密钥文件 hotline.key")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "数据库地址，如 jdbc:postgresql://localhost/gongshi?user=…&password=…（默认 DIR/complaints.db）")
    String db;

    @Option(names = "--key", paramLabel = "FILE",
            description = "密钥文件（默认 DIR/hotline.key，首次启动时生成；多台服务器共用一个数据库时须共用此文件）")
    Path key;

    Database open() {
        return Database.open(db != null ? db : Database.sqliteUrl(data));
    }

    /** Where complaints go, for the start-up message; a PostgreSQL URL is not printed, it may hold a password. */
    String describe() {
        return db != null ? "PostgreSQL 数据库（--db）" : "SQLite 文件 " + data.resolve(Database.SQLITE_FILE);
    }

    /** For commands that only read or add to complaints already taken: a missing file is a mistyped --data. */
    Database openExisting() throws IOException {
        Path file = data.resolve(Database.SQLITE_FILE);
        if (db == null && !Files.isRegularFile(file)) {
            throw new IOException("没有找到举报数据库 " + file + "；请用 --data 指定 serve 使用的数据目录，或用 --db 指定数据库");
        }
        return open();
    }

    Keys keys() throws IOException {
        return Keys.loadOrCreate(key != null ? key : data.resolve("hotline.key"));
    }
}
