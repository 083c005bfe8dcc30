package org.gongshi.server.testing;

import org.eclipse.jetty.server.Server;
import org.gongshi.search.SearchIndex;
import org.gongshi.search.SearchIndexWriter;
import org.gongshi.server.ServerConfig;
import org.gongshi.server.SiteServer;
import org.gongshi.server.crypto.Keys;
import org.gongshi.server.guard.HttpLimits;
import org.gongshi.server.guard.Limits;
import org.gongshi.server.store.Database;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole site server, started afresh for each test on a free port of 127.0.0.1, over a small site in
 * {@code dir()/site}, an empty search index and a SQLite database: what the hardening tests attack.
 * <pre>
 * &#64;RegisterExtension
 * final RunningServer server = new RunningServer(HttpLimits.DEFAULT);
 * </pre>
 */
public final class RunningServer implements BeforeEachCallback, AfterEachCallback {

    public static final String HOME_PAGE = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            + "<title>首页</title></head><body><h1>以工代赈项目公示</h1></body></html>";
    public static final String NOTICE_PAGE = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            + "<title>白石镇青龙村河道清淤工程</title></head><body><h1>白石镇青龙村河道清淤工程</h1></body></html>";

    private final HttpLimits limits;
    private final Limits formLimits;
    /** The server of the test now running; JUnit gives an extension no other place to keep it. */
    private Started started;

    public RunningServer(HttpLimits limits) {
        this(limits, Limits.DEFAULT);
    }

    /** @param formLimits per-address form limits; an attack from many addresses does not run into them */
    public RunningServer(HttpLimits limits, Limits formLimits) {
        this.limits = limits;
        this.formLimits = formLimits;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Path dir = Files.createTempDirectory("gongshi-server-test");
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), HOME_PAGE);
        Files.createDirectories(site.resolve("p/2023-QH-0012"));
        Files.writeString(site.resolve("p/2023-QH-0012/index.html"), NOTICE_PAGE);
        try (SearchIndexWriter writer = SearchIndexWriter.create(dir.resolve("index"))) {
            // an empty index is enough: search pages answer, and no test here looks at hits
        }
        SearchIndex index = SearchIndex.open(dir.resolve("index"));
        Database database = Database.open(Database.sqliteUrl(dir.resolve("data")));
        ServerConfig config = new ServerConfig("127.0.0.1", 0, "青山县以工代赈公示", true, "", List.of(), false,
                formLimits, limits);
        Server server = SiteServer.create(config, site, index, database, Keys.of(new byte[32]));
        server.start();
        started = new Started(dir, index, database, server);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        started.stop();
    }

    public URI uri() {
        return started.server().getURI();
    }

    /** The folder that holds the site folder: where a careless deployment keeps what must not be served. */
    public Path dir() {
        return started.dir();
    }

    public Path site() {
        return started.dir().resolve("site");
    }

    private record Started(Path dir, SearchIndex index, Database database, Server server) {

        void stop() throws Exception {
            try (database; index) {
                server.stop();
            }
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
