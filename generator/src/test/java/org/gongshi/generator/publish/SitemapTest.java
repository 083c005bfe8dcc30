package org.gongshi.generator.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SitemapTest {

    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String BASE = "https://gs.example.gov.cn/";

    @TempDir
    Path site;

    private Document parse(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(site.resolve(file).toFile());
    }

    private static List<String> locs(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS(NS, "loc");
        List<String> locs = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            locs.add(nodes.item(i).getTextContent());
        }
        return locs;
    }

    @Test
    void pagesAreFoldersAndHtmlFilesButNotTheNotFoundPageOrTheUpperCaseStubs() {
        assertEquals(List.of("/", "/p/2023-QH-0012/", "/old.html"), Sitemap.pagesOf(List.of(
                "/", "/404.html", "/P/2023-QH-0012/", "/p/2023-QH-0012/", "/p/2023-QH-0012/qr.svg", "/old.html", "/style.css")));
    }

    @Test
    void upToTheLimitOneSitemapListsEveryPageAsAnAbsoluteUrl() throws Exception {
        List<String> written = Sitemap.write(site, BASE, List.of("/", "/p/2023-QH-0012/"), 2);
        assertEquals(List.of("/sitemap.xml"), written);
        Document doc = parse("sitemap.xml");
        assertEquals("urlset", doc.getDocumentElement().getLocalName());
        assertEquals(List.of(BASE, BASE + "p/2023-QH-0012/"), locs(doc));
    }

    @Test
    void pastTheLimitSitemapXmlBecomesAnIndexOfNumberedSitemaps() throws Exception {
        List<String> pages = List.of("/a/", "/b/", "/c/", "/d/", "/e/");
        List<String> written = Sitemap.write(site, BASE, pages, 2);
        assertEquals(List.of("/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml", "/sitemap.xml"), written);
        Document index = parse("sitemap.xml");
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        assertEquals(List.of(BASE + "sitemap-1.xml", BASE + "sitemap-2.xml", BASE + "sitemap-3.xml"), locs(index));
        assertEquals(List.of(BASE + "a/", BASE + "b/"), locs(parse("sitemap-1.xml")));
        assertEquals(List.of(BASE + "c/", BASE + "d/"), locs(parse("sitemap-2.xml")));
        assertEquals(List.of(BASE + "e/"), locs(parse("sitemap-3.xml")));
    }

    @Test
    void chinesePathsArePercentEncodedAndAmpersandsEscaped() throws Exception {
        Sitemap.write(site, BASE, List.of("/stats/白石镇/", "/a&b/"), 10);
        String raw = Files.readString(site.resolve("sitemap.xml"));
        assertTrue(raw.contains("<loc>" + BASE + "stats/%E7%99%BD%E7%9F%B3%E9%95%87/</loc>"), raw);
        assertTrue(raw.contains("<loc>" + BASE + "a&amp;b/</loc>"), raw);
        assertEquals(List.of(BASE + "stats/%E7%99%BD%E7%9F%B3%E9%95%87/", BASE + "a&b/"), locs(parse("sitemap.xml")));
    }

    @Test
    void everySitemapFileHasItsGzipTwin() throws IOException {
        Sitemap.write(site, BASE, List.of("/a/", "/b/", "/c/"), 2);
        for (String file : List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(site.resolve(file + ".gz")))) {
                assertEquals(Files.readString(site.resolve(file)), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }
}
