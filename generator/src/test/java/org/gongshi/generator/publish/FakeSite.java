package org.gongshi.generator.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/** A small built site written by hand, and builds of it published the way SiteBuilder publishes. */
final class FakeSite {

    static final Instant FIRST_BUILD = Instant.parse("2026-11-23T08:00:00Z");
    static final String NOTICE = "/p/2023-QH-0001/index.html";

    private FakeSite() {
    }

    /** Pages and assets with their .gz twins, as a build leaves them; {@code edition} changes the notice page. */
    static Path write(Path site, String edition) throws IOException {
        page(site, "/index.html", "<h1>青禾县以工代赈项目公示</h1>");
        page(site, NOTICE, "<h1>沙河镇王楼村通组道路硬化工程</h1><p>" + edition + "</p>");
        page(site, "/style.css", "body { margin: 0; }");
        page(site, "/data/projects.csv", "项目编号,项目名称\n2023-QH-0001,沙河镇王楼村通组道路硬化工程\n");
        Path logo = site.resolve("logo.png");
        Files.write(logo, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        return site;
    }

    /** One build: written to staging, recorded, then swapped in for the published site under {@code out/site}. */
    static ReleaseLog build(Path out, String edition, Instant now) throws IOException {
        Path staging = Publisher.newStaging(out);
        try {
            Path site = write(staging.resolve("site"), edition);
            ReleaseLog log = Releases.record(site, Optional.of(out.resolve("site")), now);
            Publisher.publish(staging, out, "site");
            return log;
        } finally {
            Publisher.deleteTree(staging);
        }
    }

    /** A deployed copy: the published folder as a web server would hold it. */
    static Path deploy(Path site, Path copy) throws IOException {
        Path folder = site.toRealPath();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path from : files.toList()) {
                Path to = copy.resolve(folder.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return copy;
    }

    static void page(Path site, String urlPath, String text) throws IOException {
        Path file = site.resolve(urlPath.substring(1));
        Files.createDirectories(file.getParent());
        GzipTwins.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
