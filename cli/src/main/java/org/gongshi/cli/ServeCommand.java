package org.gongshi.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.gongshi.generator.SiteBuilder;
import org.gongshi.server.ServerConfig;
import org.gongshi.server.SiteServer;
import org.gongshi.generator.model.Site;
import org.gongshi.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "需要时先生成网站，然后在本机提供浏览和检索服务。")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SourceDirs sources;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "build", description = "输出目录（默认 build/）")
    Path out;

    @Option(names = "--port", defaultValue = "8080", paramLabel = "PORT", description = "端口（默认 8080；0 表示任选一个空闲端口）")
    int port;

    @Option(names = "--host", defaultValue = "0.0.0.0", paramLabel = "HOST", description = "监听地址（默认所有地址）")
    String host;

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
        try (SearchIndex index = SearchIndex.open(out.resolve(SiteBuilder.SEARCH_INDEX))) {
            Server server = SiteServer.create(new ServerConfig(host, port, site.title(), site.sample()),
                    out.resolve(SiteBuilder.SITE), index);
            server.start();
            int bound = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
            String shown = host.equals("0.0.0.0") ? "localhost" : host;
            System.out.println("公示网站已启动：http://" + shown + ":" + bound + "/  （按 Ctrl+C 停止）");
            server.join();
        }
        return ExitCodes.OK;
    }
}
