package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongshi.generator.publish.SitePaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/**
 * What a shared link, a feed reader, a crawler, a screen reader and an older reader get from the built sample
 * site. The upper-case {@code /P/{CODE}/} pages are one-line stubs that lead on to the notice (noindex): they
 * carry the sharing tags of the notice but not the page frame.
 */
class SharingAndAccessibilityTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private record Built(String url, Document doc) {
        boolean stub() {
            return url.startsWith("/P/");
        }
    }

    private static List<Built> pages() throws IOException {
        Path site = BuiltSite.site();
        List<Built> pages = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).sorted().toList()) {
                pages.add(new Built(SitePaths.urlFor(site, file), Jsoup.parse(file.toFile(), "UTF-8")));
            }
        }
        return pages;
    }

    private static String baseUrl() throws BuildException {
        return SiteBuilder.readSite(BuiltSite.CONTENT).baseUrl();
    }

    private static String meta(Document doc, String property) {
        return doc.select("meta[property=" + property + "]").attr("content");
    }

    private static org.w3c.dom.Document xml(String file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(BuiltSite.site().resolve(file).toFile());
    }

    private static String text(org.w3c.dom.Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS(ATOM, name);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent();
    }

    @Test
    void everyPageHasATitleADescriptionAndOpenGraphTagsWithItsOwnAbsoluteUrl() throws Exception {
        String base = baseUrl();
        for (Built page : pages()) {
            Document doc = page.doc();
            assertFalse(doc.title().isBlank(), page.url());
            assertFalse(doc.select("meta[name=description]").attr("content").isBlank(), page.url());
            assertEquals(doc.title(), meta(doc, "og:title"), page.url());
            assertEquals(doc.select("meta[name=description]").attr("content"), meta(doc, "og:description"), page.url());
            assertTrue(Set.of("article", "website").contains(meta(doc, "og:type")), page.url());
            assertEquals("青禾县以工代赈项目公示平台", meta(doc, "og:site_name"), page.url());
            assertEquals("zh_CN", meta(doc, "og:locale"), page.url());
            String own = page.stub() ? doc.selectFirst("link[rel=canonical]").attr("href") : page.url();
            assertEquals(SitePaths.absolute(base, own), meta(doc, "og:url"), page.url());
        }
    }

    @Test
    void aSharedNoticeIsAnArticleNamedAfterItsProject() throws IOException {
        List<Built> notices = pages().stream().filter(p -> p.url().matches("/p/[^/]+/")).toList();
        assertFalse(notices.isEmpty());
        for (Built notice : notices) {
            String name = notice.doc().selectFirst("h1").text();
            assertEquals("article", meta(notice.doc(), "og:type"), notice.url());
            assertTrue(meta(notice.doc(), "og:title").startsWith(name), notice.url());
            assertTrue(notice.doc().select("meta[name=description]").attr("content").contains(name), notice.url());
        }
    }

    @Test
    void authoredPagesAreDescribedByTheStartOfTheirText() throws IOException {
        Built about = pages().stream().filter(p -> p.url().equals("/about/")).findFirst().orElseThrow();
        String description = about.doc().select("meta[name=description]").attr("content");
        assertTrue(description.startsWith("本平台公开什么 青禾县以工代赈项目公示平台由青禾县发展和改革局发布"), description);
        assertFalse(description.contains("<"), description);
        assertTrue(description.length() <= 121, description);
    }

    @Test
    void theSkipLinkIsTheFirstThingAKeyboardReachesAndLeadsToTheOneMain() throws IOException {
        for (Built page : pages()) {
            Document doc = page.doc();
            assertEquals(1, doc.select("main").size(), page.url());
            assertEquals("main", doc.selectFirst("main").id(), page.url());
            if (page.stub()) {
                continue;
            }
            Element first = doc.selectFirst("a[href], button, input:not([type=hidden]), select, textarea");
            assertTrue(first.hasClass("skip-link"), page.url() + " starts with " + first);
            assertEquals("#main", first.attr("href"), page.url());
            assertTrue(first.text().startsWith("跳到"), page.url());
            assertFalse(doc.select("nav[aria-label]").isEmpty(), page.url() + " names its navigation");
        }
    }

    @Test
    void pagesInTheSiteFrameHaveHeaderNavigationMainAndFooterLandmarks() throws IOException {
        List<Built> framed = pages().stream().filter(p -> p.doc().selectFirst(".site-header") != null).toList();
        assertTrue(framed.size() > 50, "every record and authored page uses the frame");
        for (Built page : framed) {
            Document doc = page.doc();
            assertEquals(1, doc.select("body > header").size(), page.url());
            assertEquals(1, doc.select("header nav[aria-label]").size(), page.url());
            assertEquals(1, doc.select("footer.site-footer").size(), page.url());
            assertTrue(doc.select("main footer, main header.site-header").isEmpty(), page.url());
            assertEquals("/feed.xml", doc.select("link[rel=alternate][type=application/atom+xml]").attr("href"), page.url());
            for (String planned : List.of("/projects/", "/stats/", "/flags/", "/cases/", "/data/")) {
                assertEquals(1, doc.select("nav.site-nav a[href=" + planned + "]").size(), page.url() + " menu has " + planned);
            }
        }
    }

    @Test
    void everyTableHasHeaderCellsThatSayWhatTheyHead() throws IOException {
        int tables = 0;
        for (Built page : pages()) {
            for (Element table : page.doc().select("table")) {
                tables++;
                assertFalse(table.select("th").isEmpty(), page.url() + ": " + table.className());
                for (Element th : table.select("th")) {
                    String expected = th.parents().stream().anyMatch(e -> e.normalName().equals("thead")) ? "col" : "row";
                    assertEquals(expected, th.attr("scope"), page.url() + ": " + th);
                }
            }
        }
        assertTrue(tables > 100, "tables were checked: " + tables);
    }

    @Test
    void theFeedIsAtomWithTheMostRecentlyChangedNoticesFirst() throws Exception {
        String base = baseUrl();
        org.w3c.dom.Element feed = xml("feed.xml").getDocumentElement();
        assertEquals(ATOM, feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals(base + "feed.xml", text(feed, "id"));
        assertFalse(text(feed, "title").isBlank());
        assertEquals("青禾县发展和改革局", text((org.w3c.dom.Element) feed.getElementsByTagNameNS(ATOM, "author").item(0), "name"));
        List<String> selfLinks = new ArrayList<>();
        NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
        for (int i = 0; i < links.getLength(); i++) {
            org.w3c.dom.Element link = (org.w3c.dom.Element) links.item(i);
            if (link.getParentNode() == feed && link.getAttribute("rel").equals("self")) {
                selfLinks.add(link.getAttribute("href"));
            }
        }
        assertEquals(List.of(base + "feed.xml"), selfLinks);

        NodeList entries = feed.getElementsByTagNameNS(ATOM, "entry");
        long projects;
        try (Stream<Path> dirs = Files.list(BuiltSite.CONTENT.resolve("projects"))) {
            projects = dirs.filter(Files::isDirectory).count();
        }
        assertEquals(Math.min(50, projects), entries.getLength());
        OffsetDateTime previous = OffsetDateTime.parse(text(feed, "updated"));
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            String id = text(entry, "id");
            assertTrue(ids.add(id), "ids are unique: " + id);
            assertTrue(id.matches("\\Q" + base + "\\Ep/[0-9A-Z-]+/"), id);
            assertEquals(id, ((org.w3c.dom.Element) entry.getElementsByTagNameNS(ATOM, "link").item(0)).getAttribute("href"));
            String path = id.substring(base.length());
            assertTrue(Files.isRegularFile(BuiltSite.site().resolve(path).resolve("index.html")), id + " is a built notice");
            String title = Jsoup.parse(BuiltSite.site().resolve(path).resolve("index.html").toFile(), "UTF-8").selectFirst("h1").text();
            assertEquals(title, text(entry, "title"));
            OffsetDateTime updated = OffsetDateTime.parse(text(entry, "updated"));
            assertFalse(updated.isAfter(previous), id + " is in order");
            previous = updated;
            String summary = text(entry, "summary");
            assertTrue(summary.contains("最新进度：") || summary.contains("最新变更："), summary);
            assertTrue(summary.contains(updated.toLocalDate().toString()), id + " says what changed on " + updated + ": " + summary);
        }
        assertEquals(text(feed, "updated"), text((org.w3c.dom.Element) entries.item(0), "updated"), "the feed is as new as its newest entry");
    }

    @Test
    void theSitemapListsEveryBuiltPageButTheNotFoundPageAndTheUpperCaseStubs() throws Exception {
        String base = baseUrl();
        org.w3c.dom.Document sitemap = xml("sitemap.xml");
        assertEquals(SITEMAP, sitemap.getDocumentElement().getNamespaceURI());
        assertEquals("urlset", sitemap.getDocumentElement().getLocalName());
        Set<String> listed = new TreeSet<>();
        NodeList locs = sitemap.getElementsByTagNameNS(SITEMAP, "loc");
        for (int i = 0; i < locs.getLength(); i++) {
            assertTrue(listed.add(locs.item(i).getTextContent()), "listed once: " + locs.item(i).getTextContent());
        }
        Set<String> expected = new TreeSet<>();
        for (Built page : pages()) {
            if (!page.stub() && !page.url().equals("/404.html")) {
                expected.add(SitePaths.absolute(base, page.url()));
            }
        }
        assertEquals(expected, listed);
        assertTrue(listed.contains(base + "releases/"), "the releases page, rendered after the sitemap, is listed");
        assertTrue(Files.isRegularFile(BuiltSite.site().resolve("sitemap.xml.gz")));
    }

    @Test
    void robotsTxtNamesTheSitemapAndKeepsCrawlersOffTheStaffDeskAndReceipts() throws Exception {
        List<String> robots = Files.readAllLines(BuiltSite.site().resolve("robots.txt"));
        assertEquals(List.of("User-agent: *", "Disallow: /staff/", "Disallow: /hotline/receipt", "",
                "Sitemap: " + baseUrl() + "sitemap.xml"), robots);
    }

    @Test
    void theFeedSitemapAndRobotsAreRecordedAsPublishedUrls() throws IOException {
        BuiltSite.site();
        List<String> ledger = Files.readAllLines(BuiltSite.CONTENT.resolve("published-urls.txt"));
        assertTrue(ledger.containsAll(List.of("/feed.xml", "/sitemap.xml", "/robots.txt")), "in the ledger");
    }
}
