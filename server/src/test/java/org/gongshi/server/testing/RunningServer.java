package org.gongshi.server.testing;

import org.eclipse.jetty.server.Server;
import org.gongshi.search.SearchIndex;
import org.gongshi.search.SearchIndexWriter;
import org.gongshi.server.ServerConfig;
import org.gongshi.server.SiteServer;
import org.gongshi.server.crypto.Keys;
import org.gongshi.server.guard.HttpLimits;
import org.gongshi.server.store.Database;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The whole site server on a free port of 127.0.0.1, over a small site in {@code dir/site}, an empty search index
 * and a SQLite database: what the hardening tests attack.
 */
public final class RunningServer implements AutoCloseable {

    public static final String HOME_PAGE = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            + "<title>首页</title></head><body><h1>以工代赈项目公示</h1></body></html>";
    public static final String NOTICE_PAGE = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
            + "<title>白石镇青龙村河道清淤工程</title></head><body><h1>白石镇青龙村河道清淤工程</h1></body></html>";

    private final Path site;
    private final SearchIndex index;
    private final Database database;
    private final Server server;

    private RunningServer(Path site, SearchIndex index, Database database, Server server) {
        this.site = site;
        this.index = index;
        this.database = database;
        this.server = server;
    }

    public static RunningServer start(Path dir, HttpLimits limits) throws Exception {
        Path site = Files.createDirectories(dir.resolve("site"));
        Files.writeString(site.resolve("index.html"), HOME_PAGE);
        Files.createDirectories(site.resolve("p/2023-QH-0012"));
        Files.writeString(site.resolve("p/2023-QH-0012/index.html"), NOTICE_PAGE);
        try (SearchIndexWriter writer = SearchIndexWriter.create(dir.resolve("index"))) {
            // an empty index is enough: search pages answer, and no test here looks at hits
        }
        SearchIndex index = SearchIndex.open(dir.resolve("index"));
        Database database = Database.open(Database.sqliteUrl(dir.resolve("data")));
        ServerConfig config = new ServerConfig("127.0.0.1", 0, "青山县以工代赈公示", true).withHttp(limits);
        Server server = SiteServer.create(config, site, index, database, Keys.of(new byte[32]));
        server.start();
        return new RunningServer(site, index, database, server);
    }

    public URI uri() {
        return server.getURI();
    }

    public Path site() {
        return site;
    }

    @Override
    public void close() throws Exception {
        try (database; index) {
            server.stop();
        }
    }
}
