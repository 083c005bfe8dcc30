package org.gongshi.cli;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.gongshi.generator.SiteBuilder;
import org.gongshi.server.ServerConfig;
import org.gongshi.server.SiteServer;
import org.gongshi.server.crypto.Keys;
import org.gongshi.server.guard.HttpLimits;
import org.gongshi.server.guard.Limits;
import org.gongshi.server.store.Database;
import org.gongshi.generator.model.Site;
import org.gongshi.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "需要时先生成网站，然后在本机提供浏览和检索服务；内容或模板有改动时自动重新生成。")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SourceDirs sources;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "build", description = "输出目录（默认 build/）")
    Path out;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "端口（默认 8080；0 表示任选一个空闲端口）")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", paramLabel = "HOST", description = "监听地址（默认所有地址）")
    String host;

    @Mixin
    ComplaintStorage storage;

    @Option(names = "--behind-proxy",
            description = "服务器位于反向代理之后：按 X-Forwarded-For 识别访问者地址（仅在确有代理时使用）")
    boolean behindProxy;

    @Option(names = "--no-watch", description = "不监视内容和模板目录（由其他程序负责生成时使用）")
    boolean noWatch;

    /** For load benchmarks from one address; not for production. */
    @Option(names = "--rate-limit-factor", hidden = true, defaultValue = "1")
    int rateLimitFactor;

    @Override
    public Integer call() throws Exception {
        SiteBuilder.Options options = new SiteBuilder.Options(sources.contentDir(), sources.templatesDir(), out);
        if (Builds.stale(options)) {
            if (!Builds.run(options).ok()) {
                return ExitCodes.INVALID_INPUT;
            }
        } else {
            System.err.println("网站已是最新，直接启动：" + out.resolve(SiteBuilder.SITE));
        }
        Site site = SiteBuilder.readSite(options.contentDir());
        ServerConfig config = new ServerConfig(host, port, site.title(), site.sample(), site.hotline(),
                staticSiteOrigin(site), behindProxy, Limits.DEFAULT.perIpTimes(rateLimitFactor), HttpLimits.DEFAULT);
        Keys keys = storage.keys();
        try (SearchIndex index = SearchIndex.open(out.resolve(SiteBuilder.SEARCH_INDEX));
             Database database = storage.open()) {
            Server server = SiteServer.create(config, out.resolve(SiteBuilder.SITE), index, database, keys);
            server.start();
            int bound = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            String shown = host.equals("0.0.0.0") ? "localhost" : host;
            System.out.println("公示网站已启动：http://" + shown + ":" + bound + "/  （按 Ctrl+C 停止）");
            System.out.println("举报数据：" + storage.describe());
            if (noWatch) {
                server.join();
            } else {
                try (ContentWatcher watcher = new ContentWatcher(options, System.err::println)) {
                    watcher.start();
                    server.join();
                }
            }
        }
        return ExitCodes.OK;
    }

    /** Pages of the site served from its public address (site.json baseUrl) post their forms here. */
    private static List<String> staticSiteOrigin(Site site) {
        URI base = URI.create(site.baseUrl());
        if (base.getScheme() == null || base.getHost() == null) {
            return List.of();
        }
        return List.of(base.getScheme() + "://" + base.getRawAuthority());
    }
}
