package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site published on a static host, its server elsewhere: a copy of two sample projects whose {@code site.json}
 * sets {@code serviceUrl}, and no complaint ledger yet. Every form and server link points at the server.
 */
class StaticHostSiteTest {

    private static final String SERVICE = "https://svc.example.org/";

    @TempDir
    static Path dir;

    private static Path site;

    @BeforeAll
    static void build() throws IOException, BuildException {
        Path content = dir.resolve("content");
        for (String project : List.of("2021-QH-0003", "2025-QH-0002")) {
            copy(BuiltSite.CONTENT.resolve("projects").resolve(project), content.resolve("projects").resolve(project));
        }
        copy(BuiltSite.CONTENT.resolve("pages"), content.resolve("pages"));
        String siteJson = Files.readString(BuiltSite.CONTENT.resolve("site.json"))
                .replaceFirst("\\{", "{\n  \"serviceUrl\": \"https://svc.example.org\",");
        Files.writeString(content.resolve("site.json"), siteJson);

        BuildReport report = SiteBuilder.build(BuiltSite.options(content, dir.resolve("out")), m -> { });
        assertTrue(report.ok(), () -> report.problems().toString());
        site = dir.resolve("out").resolve(SiteBuilder.SITE);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static Document page(String urlPath) throws IOException {
        return Jsoup.parse(site.resolve(urlPath.substring(1)).resolve("index.html").toFile(), "UTF-8");
    }

    @Test
    void complaintFormsPostToTheServiceUrl() throws IOException {
        HotlineForms.assertForm(page("/p/2025-QH-0002/"), SERVICE, "2025-QH-0002");
        HotlineForms.assertForm(page("/hotline/"), SERVICE, "");
    }

    @Test
    void searchGoesToTheServiceUrlOnRecordAndAuthoredPages() throws IOException {
        for (String url : List.of("/", "/p/2021-QH-0003/", "/hotline/", "/complaints/", "/policy/")) {
            Document doc = page(url);
            assertEquals(SERVICE + "search", doc.selectFirst("form.search-form").attr("action"), url);
            assertEquals(1, doc.select(".site-nav a[href=\"" + SERVICE + "search\"]").size(), url);
        }
    }

    @Test
    void withoutALedgerNoticesOmitTheComplaintSectionAndTheLedgerPageSaysSo() throws IOException {
        assertNull(page("/p/2025-QH-0002/").selectFirst("section.complaints"));
        Document ledger = page("/complaints/");
        assertTrue(ledger.selectFirst("main").text().contains("网上举报办理情况尚未发布"), ledger.text());
        assertTrue(ledger.select("table").isEmpty());
    }
}
