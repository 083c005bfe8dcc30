package org.gongshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.gongshi.generator.publish.GzipTwins;
import org.gongshi.generator.publish.Releases;
import org.gongshi.server.SiteServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongshi verify}, run in-process against a site folder and against a real Jetty serving a copy of it. */
class VerifyCommandTest {

    private static final String NOTICE = "p/2023-QH-0001/index.html";

    @TempDir
    Path dir;
    private Path build;
    private Path www;
    private Server jetty;

    /** A built site with one release under {@code build/site}, and the copy deployed from it under {@code www}. */
    @BeforeEach
    void buildAndDeploy() throws IOException {
        build = dir.resolve("build");
        Path site = build.resolve("site");
        page(site, "index.html", "<h1>青禾县以工代赈项目公示</h1>");
        page(site, NOTICE, "<h1>沙河镇王楼村通组道路硬化工程</h1><p>施工中</p>");
        page(site, "style.css", "body { margin: 0; }");
        Releases.record(site, Optional.empty(), Instant.parse("2026-11-23T08:00:00Z"));
        www = dir.resolve("www");
        try (Stream<Path> files = Files.walk(site)) {
            for (Path from : files.toList()) {
                Path to = www.resolve(site.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
    }

    @AfterEach
    void stopJetty() throws Exception {
        if (jetty != null) {
            jetty.stop();
        }
    }

    @Test
    void anUntouchedFolderExitsZero() {
        CliRun run = CliRun.run("verify", "--site", www.toString(), "--out", build.toString());

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("核对依据：本机生成结果 " + build.resolve("site/releases/1.json")), run.out());
        assertTrue(run.out().strip().endsWith("一致：核对了 3 个文件，与第 1 次发布完全相同"), run.out());
    }

    @Test
    void aTamperedFileInAFolderExitsOneAndIsNamed() throws IOException {
        Files.writeString(www.resolve(NOTICE), "<h1>沙河镇王楼村通组道路硬化工程</h1><p>已验收</p>");

        CliRun run = CliRun.run("verify", "--site", www.toString(), "--out", build.toString());

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("已改动 /" + NOTICE + "\n"), run.out());
        assertTrue(run.out().contains("不一致：已改动 1 处"), run.out());
    }

    @Test
    void anUntouchedSiteOnAWebServerExitsZeroAndSaysExtraFilesWentUnchecked() throws Exception {
        CliRun run = CliRun.run("verify", "--site", serve(www), "--out", build.toString());

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("说明：通过网址无法列出服务器上的全部文件"), run.out());
    }

    @Test
    void aTamperedFileOnAWebServerExitsOneAndIsNamed() throws Exception {
        Files.writeString(www.resolve(NOTICE), "<h1>沙河镇王楼村通组道路硬化工程</h1><p>已验收</p>");
        Files.delete(www.resolve("style.css"));
        Files.delete(www.resolve("style.css.gz"));

        CliRun run = CliRun.run("verify", "--site", serve(www), "--out", build.toString());

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("已改动 /" + NOTICE + "\n"), run.out());
        assertTrue(run.out().contains("缺少 /style.css\n"), run.out());
    }

    @Test
    void aTamperedTwinOnAWebServerIsWhatBrowsersGetAndIsNamed() throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(www.resolve("index.html.gz")))) {
            out.write("<h1>另一个网站</h1>".getBytes(StandardCharsets.UTF_8));
        }

        CliRun run = CliRun.run("verify", "--site", serve(www), "--out", build.toString());

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("压缩副本与原文件不一致 /index.html.gz\n"), run.out());
    }

    @Test
    void withoutALocalBuildTheServersOwnManifestIsTrusted() throws Exception {
        CliRun run = CliRun.run("verify", "--site", serve(www), "--out", dir.resolve("no-build").toString());

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("核对依据：网站自身的发布清单 http://127.0.0.1:"), run.out());
    }

    @Test
    void anUnreachableServerExitsOneWithAPlainMessage() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        CliRun run = CliRun.run("verify", "--site", "http://127.0.0.1:" + closedPort + "/", "--out", build.toString());

        assertEquals(1, run.exit());
        assertTrue(run.err().contains("错误：无法连接到 http://127.0.0.1:" + closedPort), run.err());
    }

    @Test
    void aMissingSiteIsAUsageError() {
        assertEquals(2, CliRun.run("verify", "--out", build.toString()).exit());
    }

    /** The static-file handler as SiteServer configures it, .gz twins included. */
    private String serve(Path siteDir) throws Exception {
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        jetty.setHandler(SiteServer.staticFiles(siteDir));
        jetty.start();
        return jetty.getURI().toString();
    }

    private static void page(Path site, String relative, String text) throws IOException {
        Path file = site.resolve(relative);
        Files.createDirectories(file.getParent());
        GzipTwins.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
