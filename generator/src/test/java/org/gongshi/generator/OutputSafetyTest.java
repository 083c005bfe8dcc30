package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every record field is escaped for where it lands: a site built from {@link PayloadSite}, whose every free-text
 * field holds attack payloads, has no active content in any page, SVG, feed or sitemap, and shows each payload as
 * the text it was written as.
 */
class OutputSafetyTest {

    /** Elements that run script, load another document or restyle the page; no template writes any but the head's style. */
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "applet", "base", "style", "foreignobject", "template", "noscript");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
            "poster", "background", "cite", "data", "srcset");
    /** Browsers drop ASCII controls and spaces from a URL before they read its scheme. */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x20]");
    private static final Pattern SHORT_URL = Pattern.compile("/P/([A-Z0-9-]+)/");

    private static Document html(String url) throws IOException {
        return Jsoup.parse(PayloadSite.site().resolve(url.substring(1)).resolve("index.html").toFile(), "UTF-8");
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(PayloadSite.site())) {
            return walk.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
        }
    }

    private static String url(Path file) {
        String path = "/" + PayloadSite.site().relativize(file).toString().replace('\\', '/');
        return path.endsWith("/index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }

    /** What in a document could run script or lead elsewhere than the site meant: one line per finding. */
    private static List<String> activeContent(String url, Document doc) throws IOException {
        List<String> found = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            String tag = e.tagName().toLowerCase(Locale.ROOT);
            if (templatesOwn(e)) {
                continue;
            }
            if (ACTIVE_ELEMENTS.contains(tag)) {
                found.add(url + ": <" + tag + ">");
            }
            if (tag.equals("meta") && !e.attr("http-equiv").isEmpty() && !ownRedirect(url, e)) {
                found.add(url + ": " + e);
            }
            for (Attribute a : e.attributes()) {
                String key = a.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on") || key.equals("style") || key.equals("srcdoc")) {
                    found.add(url + ": <" + tag + " " + key + ">");
                }
                if (URL_ATTRIBUTES.contains(key) && scriptOrData(a.getValue())) {
                    found.add(url + ": <" + tag + " " + key + "=" + a.getValue() + ">");
                }
            }
        }
        return found;
    }

    /**
     * The two pieces of active content the templates themselves write into every head, whatever the records hold: the
     * inlined site stylesheet (exactly /style.css) and layout.ftl's icon (exactly as written there, a data: URL).
     */
    private static boolean templatesOwn(Element e) throws IOException {
        if (e.parent() == null || !e.parent().tagName().equals("head")) {
            return false;
        }
        if (e.tagName().equals("style")) {
            return e.data().equals(Files.readString(PayloadSite.site().resolve("style.css")));
        }
        if (e.tagName().equals("link") && e.attr("rel").equals("icon")) {
            Matcher icon = Pattern.compile("<link rel=\"icon\" href=\"([^\"]+)\">")
                    .matcher(Files.readString(BuiltSite.TEMPLATES.resolve("layout.ftl")));
            return icon.find() && e.attr("href").equals(icon.group(1)) && e.attributes().size() == 2;
        }
        return false;
    }

    /** The only meta refresh allowed: a /P/{CODE}/ stub leading on to that project's own notice. */
    private static boolean ownRedirect(String url, Element meta) {
        Matcher m = SHORT_URL.matcher(url);
        return m.matches() && meta.attr("http-equiv").equalsIgnoreCase("refresh")
                && meta.attr("content").equals("0; url=/p/" + m.group(1) + "/");
    }

    private static boolean scriptOrData(String url) {
        String bare = CONTROLS.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        return bare.startsWith("javascript:") || bare.startsWith("vbscript:") || bare.startsWith("data:");
    }

    /** The value cell of the facts-table row headed {@code label}. */
    private static String fact(Document doc, String label) {
        return doc.select("table.facts tr").stream().filter(tr -> tr.select("th").text().equals(label))
                .map(tr -> tr.select("td").text()).findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }

    @Test
    void noPageHasScriptHandlersScriptUrlsFramesStylesOrForeignRedirects() throws IOException {
        List<Path> pages = files(".html");
        List<String> found = new ArrayList<>();
        for (Path page : pages) {
            found.addAll(activeContent(url(page), Jsoup.parse(page.toFile(), "UTF-8")));
        }
        assertTrue(pages.size() > 30, pages.size() + " pages");
        assertEquals(List.of(), found);
    }

    @Test
    void everySvgTheFeedAndTheSitemapAreWellFormedXmlWithoutActiveContent() throws Exception {
        List<Path> files = new ArrayList<>(files(".svg"));
        files.add(PayloadSite.site().resolve("feed.xml"));
        files.add(PayloadSite.site().resolve("sitemap.xml"));
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
            found.addAll(activeContent(url(file), Jsoup.parse(Files.readString(file), "", Parser.xmlParser())));
        }
        assertTrue(files.stream().anyMatch(f -> f.endsWith("signboard.svg")), files.toString());
        assertEquals(List.of(), found);
    }

    @Test
    void theNoticeShowsEveryPlantedFieldAsTheTextItWasWrittenAs() throws IOException {
        Document notice = html("/p/" + PayloadSite.CODE + "/");

        assertEquals(PayloadSite.NAME, notice.selectFirst("main h1").text());
        assertEquals(PayloadSite.NAME + " - " + PayloadSite.SITE_TITLE, notice.title());
        assertEquals(notice.title(), notice.selectFirst("meta[property=og:title]").attr("content"));
        assertTrue(notice.selectFirst("meta[name=description]").attr("content").contains(PayloadSite.NAME));
        assertEquals(PayloadSite.NAME, fact(notice, "项目名称"));
        assertEquals(PayloadSite.CONTENT, fact(notice, "建设内容"));
        assertEquals(PayloadSite.BENEFIT, fact(notice, "群众受益情况"));
        assertEquals(PayloadSite.MAINTAINER, fact(notice, "运行管护责任主体"));
        assertEquals(PayloadSite.DOCUMENT, fact(notice, "批复文号"));
        assertEquals(PayloadSite.OWNER, fact(notice, "项目业主"));
        assertEquals(PayloadSite.BUILDER, fact(notice, "施工单位"));
        assertTrue(fact(notice, "劳务报酬占比").endsWith("依据：" + PayloadSite.RULE), fact(notice, "劳务报酬占比"));
        assertTrue(notice.select("main p").eachText().contains("管护 2023 年度 · " + PayloadSite.TOWN + PayloadSite.VILLAGE));
        assertTrue(notice.select("ol.history li").eachText().contains("2023-10-12 管护：" + PayloadSite.HANDOVER));
        assertEquals("2023-09-01 建设内容调整：" + PayloadSite.CHANGE + "；原因：" + PayloadSite.CHANGE_REASON,
                notice.selectFirst("#amendments + ol li").text());
        assertEquals(PayloadSite.CASE_TITLE, notice.selectFirst(".case-note a").text());
        assertEquals(PayloadSite.REPLY, notice.selectFirst(".reply-text").text());
        assertEquals(PayloadSite.HOTLINE, notice.selectFirst(".hotline a").text());
        assertEquals("tel:" + PayloadSite.HOTLINE, notice.selectFirst(".hotline a").attr("href"));
        assertEquals(PayloadSite.CODE, notice.selectFirst("input[name=project]").val());
    }

    @Test
    void theCancelledProjectsTombstoneShowsItsNameReasonAndSuccessorAsText() throws IOException {
        Document tombstone = html("/p/" + PayloadSite.CANCELLED + "/");

        assertEquals(PayloadSite.CANCELLED_NAME, tombstone.selectFirst("main h1").text());
        assertEquals("原因：" + PayloadSite.CANCEL_REASON, tombstone.select(".notice-cancelled p").get(1).text());
        assertEquals(PayloadSite.NAME, tombstone.selectFirst(".notice-cancelled a").text());
        assertEquals("/p/" + PayloadSite.CODE + "/", tombstone.selectFirst(".notice-cancelled a").attr("href"));
    }

    @Test
    void theWagePageShowsTheRosterFieldsItPublishesAsText() throws IOException {
        Document wages = html("/p/" + PayloadSite.CODE + "/wages/");

        Element line = wages.select("table.ledger").last().selectFirst("tbody tr");
        assertEquals(PayloadSite.VILLAGE_GROUP, line.child(2).text());
        assertEquals(PayloadSite.JOB, line.child(4).text());
        assertEquals(PayloadSite.NAME, wages.selectFirst("main p.muted a").text());
    }

    @Test
    void theSignboardPageAndItsSvgCarryTheFactsAsText() throws Exception {
        Document board = html("/p/" + PayloadSite.CODE + "/signboard/");
        assertEquals(PayloadSite.NAME, board.selectFirst(".board-name").text());
        assertTrue(board.select(".board-facts td").eachText().contains(PayloadSite.CONTENT));
        assertTrue(board.selectFirst(".board-footer").text().startsWith(PayloadSite.OFFICE));

        org.w3c.dom.Document svg = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(PayloadSite.site().resolve("p/" + PayloadSite.CODE + "/signboard.svg").toFile());
        org.w3c.dom.NodeList lines = svg.getElementsByTagName("text");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.getLength(); i++) {
            text.append(lines.item(i).getTextContent());
        }
        // The board wraps lines and drops spaces, line separators included, at the breaks; every other character stays.
        String written = text.toString().replaceAll("[\\s\\u2028]", "");
        for (String value : List.of(PayloadSite.NAME, PayloadSite.CONTENT, PayloadSite.BENEFIT, PayloadSite.HOTLINE)) {
            assertTrue(written.contains(value.replaceAll("[\\s\\u2028]", "")), value);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/p/" + PayloadSite.CODE + "/", "/" + PayloadSite.PAGE_NAME + "/", "/cases/", "/data/"})
    void theSiteTitleAndTheMenuReadAsWrittenOnRecordAndAuthoredPages(String url) throws IOException {
        Document page = html(url);

        assertEquals(PayloadSite.SITE_TITLE, page.selectFirst(".site-title").text());
        assertTrue(page.select("nav.site-nav a").eachText().contains(PayloadSite.PAGE_TITLE));
        assertEquals(PayloadSite.SITE_TITLE, page.selectFirst("meta[property=og:site_name]").attr("content"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cases/" + PayloadSite.CASE_SLUG + "/", "/" + PayloadSite.PAGE_NAME + "/"})
    void rawHtmlInMarkdownShowsAsTextWhileHarmlessMarkdownStillWorks(String url) throws IOException {
        Element article = html(url).selectFirst("article");

        assertTrue(article.select("p").eachText().containsAll(PayloadSite.RAW_HTML), article.html());
        assertEquals("强调文字", article.selectFirst("strong").text());
        assertEquals("斜体文字", article.selectFirst("em").text());
        assertEquals("中国政府网", article.selectFirst("a[href=https://www.gov.cn/]").text());
        assertEquals(List.of("列表第一项", "列表第二项"), article.select("ul li").eachText());
        Element table = article.select("table").last();
        assertEquals(List.of("项目", "金额"), table.select("thead th[scope=col]").eachText());
        assertEquals(List.of("道路", "10"), table.select("tbody td").eachText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/cases/" + PayloadSite.CASE_SLUG + "/", "/" + PayloadSite.PAGE_NAME + "/"})
    void markdownLinksToScriptOrDataAreNotLinks(String url) throws IOException {
        Element article = html(url).selectFirst("article");

        for (Element a : article.select("a")) {
            String href = a.attr("href");
            assertTrue(href.isEmpty() || href.startsWith("https://") || href.startsWith("/"), a.outerHtml());
        }
        for (Element img : article.select("img")) {
            assertTrue(img.attr("src").isEmpty(), img.outerHtml());
        }
        for (String text : PayloadSite.SCRIPT_LINKS) {
            assertTrue(article.text().contains(text), text + " is still there to read");
        }
    }

    @Test
    void theCaseTitleAndSummaryReadAsWrittenOnTheCasePages() throws IOException {
        Document page = html("/cases/" + PayloadSite.CASE_SLUG + "/");
        assertEquals(PayloadSite.CASE_TITLE, page.selectFirst("article h1").text());
        assertEquals(PayloadSite.CASE_SUMMARY, page.selectFirst("meta[name=description]").attr("content"));

        Element listed = html("/cases/").selectFirst("ul.project-list li");
        assertEquals(PayloadSite.CASE_TITLE, listed.selectFirst("a").text());
        assertEquals("/cases/" + PayloadSite.CASE_SLUG + "/", listed.selectFirst("a").attr("href"));
        assertTrue(listed.text().contains(PayloadSite.CASE_SUMMARY), listed.text());
    }

    @Test
    void theAuthoredPageTitleReadsAsWritten() throws IOException {
        Document page = html("/" + PayloadSite.PAGE_NAME + "/");
        assertEquals(PayloadSite.PAGE_TITLE, page.selectFirst("article h1").text());
        assertEquals(PayloadSite.PAGE_TITLE + " - " + PayloadSite.SITE_TITLE, page.title());
    }

    @Test
    void aTownNameIsPercentEncodedInEveryLinkAndTheLinkLeadsToItsList() throws Exception {
        String list = "/projects/town/" + PayloadSite.TOWN + "/";
        List<String> hrefs = new ArrayList<>();
        for (String url : List.of("/projects/", "/projects/town/东河街道/")) {
            html(url).select("a").stream().filter(a -> a.text().equals(PayloadSite.TOWN)).forEach(a -> hrefs.add(a.attr("href")));
        }
        Document townList = html(list);
        hrefs.add(townList.selectFirst("meta[property=og:url]").attr("content"));
        Document sitemap = Jsoup.parse(Files.readString(PayloadSite.site().resolve("sitemap.xml")), "", Parser.xmlParser());
        sitemap.select("loc").eachText().stream().filter(loc -> loc.contains("/projects/town/%E7%99%BD")).forEach(hrefs::add);

        assertEquals(4, hrefs.size(), hrefs.toString());
        for (String href : hrefs) {
            assertTrue(href.chars().allMatch(c -> c > 0x20 && c < 0x7F), href);
            assertEquals(list, new URI(href).getPath(), href);
        }
        assertEquals(PayloadSite.TOWN + "以工代赈项目", townList.selectFirst("main h1").text());
    }

    @Test
    void theFeedCarriesTheNameAndTheLatestStepAsText() throws Exception {
        org.w3c.dom.Document feed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(PayloadSite.site().resolve("feed.xml").toFile());
        org.w3c.dom.NodeList entries = feed.getElementsByTagName("entry");
        List<String> titles = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (int i = 0; i < entries.getLength(); i++) {
            org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
            titles.add(entry.getElementsByTagName("title").item(0).getTextContent());
            summaries.add(entry.getElementsByTagName("summary").item(0).getTextContent());
        }
        int notice = titles.indexOf(PayloadSite.NAME);
        assertTrue(notice >= 0, titles.toString());
        assertEquals(PayloadSite.TOWN + PayloadSite.VILLAGE + "，管护。最新进度：2023-10-12 管护：" + PayloadSite.HANDOVER,
                summaries.get(notice));
        assertEquals(PayloadSite.SITE_TITLE + "：最新公示", feed.getElementsByTagName("title").item(0).getTextContent());
    }
}
