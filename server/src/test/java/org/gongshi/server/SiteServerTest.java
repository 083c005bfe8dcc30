package org.gongshi.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.server.Server;
import org.gongshi.search.Facet;
import org.gongshi.search.SearchDocument;
import org.gongshi.search.SearchIndex;
import org.gongshi.search.SearchIndexWriter;
import org.gongshi.server.crypto.Keys;
import org.gongshi.server.store.Database;
import org.gongshi.server.testing.RawHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SiteServerTest {

    static final String PROJECT_PAGE = """
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>白石镇青龙村河道清淤工程</title></head>
            <body><h1>白石镇青龙村河道清淤工程</h1><p>项目编号 2023-QH-0012</p></body></html>
            """;

    static final Keys KEYS = Keys.of(new byte[32]);

    @TempDir
    Path tmp;
    Path site;
    SearchIndex index;
    Database database;
    Server server;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        // As a build publishes it: out/site is a link to the current release folder.
        site = Files.createDirectories(tmp.resolve("out/.release-1/site"));
        Files.createSymbolicLink(tmp.resolve("out/site"), Path.of(".release-1/site"));
        write("index.html", "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>首页</title></head>"
                + "<body><h1>以工代赈项目公示</h1></body></html>");
        write("style.css", "body { font-family: sans-serif; } /* 样式 */");
        write("p/2023-QH-0012/index.html", PROJECT_PAGE);
        Files.write(site.resolve("p/2023-QH-0012/index.html.gz"), gzip(PROJECT_PAGE.getBytes(StandardCharsets.UTF_8)));
        write("data/projects.csv", "编号,名称\n2023-QH-0012,白石镇青龙村河道清淤工程\n");
        index = openIndex(tmp.resolve("index"), documents());
        database = Database.open(Database.sqliteUrl(tmp.resolve("data")));
        server = start(new ServerConfig("127.0.0.1", 0, "青山县以工代赈公示", true));
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        index.close();
        database.close();
    }

    @Test
    void staticPageIsServedAsUtf8Html() throws Exception {
        HttpResponse<byte[]> response = get("/");

        assertEquals(200, response.statusCode());
        assertEquals("text/html;charset=utf-8", contentType(response));
        assertTrue(text(response).contains("以工代赈项目公示"));
    }

    @Test
    void aNewReleaseIsServedWholeFromTheMomentTheLinkIsSwapped() throws Exception {
        assertTrue(text(get("/")).contains("以工代赈项目公示"), "the first release, now in Jetty's content cache");
        Path next = Files.createDirectories(tmp.resolve("out/.release-2/site"));
        Files.writeString(next.resolve("index.html"), "<!DOCTYPE html><title>首页</title><h1>第二次发布</h1>");
        Files.writeString(next.resolve("style.css"), "body { margin: 0; }");
        Path link = tmp.resolve("out/.site-link");
        Files.createSymbolicLink(link, Path.of(".release-2/site"));

        Files.move(link, tmp.resolve("out/site"), StandardCopyOption.ATOMIC_MOVE);

        assertTrue(text(get("/")).contains("第二次发布"), "not the cached page of the release before");
        assertEquals("body { margin: 0; }", text(get("/style.css")));
        assertEquals(404, get("/p/2023-QH-0012/").statusCode(), "a page only the previous release had");
    }

    @Test
    void theContentSecurityPolicyAllowsTheInlinedStylesheetByItsHashFromReleaseToRelease() throws Exception {
        assertStylesheetAllowed("body { font-family: sans-serif; } /* 样式 */");
        Path next = Files.createDirectories(tmp.resolve("out/.release-2/site"));
        Files.writeString(next.resolve("style.css"), "body{margin:0}");
        Files.createSymbolicLink(tmp.resolve("out/.site-link"), Path.of(".release-2/site"));
        Files.move(tmp.resolve("out/.site-link"), tmp.resolve("out/site"), StandardCopyOption.ATOMIC_MOVE);

        assertStylesheetAllowed("body{margin:0}");
    }

    @Test
    void aSiteWithoutAStylesheetGetsNoStyleElementAndNoInlineStyleAllowed() throws Exception {
        Files.delete(site.resolve("style.css"));
        HttpResponse<byte[]> response = get("/search?q=x");

        assertTrue(Jsoup.parse(text(response)).select("style").isEmpty());
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("style-src 'self';") && !csp.contains("sha256"), csp);
    }

    /** The server's own pages and the error page carry the stylesheet, and every response's policy names its hash. */
    private void assertStylesheetAllowed(String css) throws Exception {
        String hash = "'sha256-" + Base64.getEncoder().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8))) + "'";
        for (String path : List.of("/search?q=x", "/hotline/status", "/no/such/page")) {
            HttpResponse<byte[]> response = get(path);
            assertEquals(css, Jsoup.parse(text(response)).selectFirst("head style").data(), path);
            assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").contains("style-src 'self' " + hash + ";"),
                    path + ": " + response.headers().firstValue("Content-Security-Policy"));
        }
        assertTrue(get("/").headers().firstValue("Content-Security-Policy").orElse("").contains(hash), "static pages too");
    }

    @Test
    void searchPagesAreCompressedWhenTheClientAcceptsGzip() throws Exception {
        HttpResponse<byte[]> plain = get("/search?q=" + param("白石镇"));
        HttpResponse<byte[]> response = get("/search?q=" + param("白石镇"), "Accept-Encoding", "gzip");

        assertEquals(200, response.statusCode());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals(text(plain), new String(gunzip(response.body()), StandardCharsets.UTF_8));
        assertTrue(response.body().length * 2 < plain.body().length, response.body().length + " of " + plain.body().length);
    }

    @Test
    void textFilesOtherThanHtmlAreUtf8Too() throws Exception {
        assertEquals("text/css;charset=utf-8", contentType(get("/style.css")));
        assertEquals("text/csv;charset=utf-8", contentType(get("/data/projects.csv")));
    }

    @Test
    void gzipTwinIsServedWhenTheClientAcceptsGzip() throws Exception {
        HttpResponse<byte[]> response = get("/p/2023-QH-0012/", "Accept-Encoding", "gzip");

        assertEquals(200, response.statusCode());
        assertEquals("gzip", response.headers().firstValue("Content-Encoding").orElse(""));
        assertEquals("text/html;charset=utf-8", contentType(response));
        assertEquals(PROJECT_PAGE, new String(gunzip(response.body()), StandardCharsets.UTF_8));
        assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept-Encoding"));
    }

    @Test
    void plainFileIsServedWhenTheClientDoesNotAcceptGzip() throws Exception {
        HttpResponse<byte[]> response = get("/p/2023-QH-0012/");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Encoding").isEmpty());
        assertEquals(PROJECT_PAGE, text(response));
    }

    @Test
    void directoryWithoutTrailingSlashRedirectsToIt() throws Exception {
        HttpResponse<byte[]> response = get("/p/2023-QH-0012");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElse("").endsWith("/p/2023-QH-0012/"));
    }

    @Test
    void theUpperCaseAddressOfASignboardsQrCodeLeadsToTheNotice() throws Exception {
        for (String qrPath : List.of("/P/2023-QH-0012", "/P/2023-QH-0012/")) {
            HttpResponse<byte[]> response = get(qrPath);

            assertEquals(301, response.statusCode(), qrPath);
            assertEquals("/p/2023-QH-0012/", response.headers().firstValue("Location").orElse(""), qrPath);
        }
        assertEquals(404, get("/P/not-a-code").statusCode());
        HttpResponse<byte[]> post = http.send(HttpRequest.newBuilder(URI.create(server.getURI() + "P/2023-QH-0012"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(405, post.statusCode());
    }

    @Test
    void directoryWithoutIndexIsNotListed() throws Exception {
        HttpResponse<byte[]> response = get("/data/");

        assertTrue(response.statusCode() >= 400, "status " + response.statusCode());
        assertFalse(text(response).contains("projects.csv"));
    }

    @Test
    void searchPageListsTheMatchingProjectFirst() throws Exception {
        HttpResponse<byte[]> response = get("/search?q=" + param("白石镇青龙村河道清淤工程"));
        Document page = Jsoup.parse(text(response));

        assertEquals(200, response.statusCode());
        assertEquals("text/html; charset=UTF-8", contentType(response));
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertEquals("width=device-width, initial-scale=1", page.selectFirst("meta[name=viewport]").attr("content"));
        assertEquals("body { font-family: sans-serif; } /* 样式 */", page.selectFirst("head style").data(),
                "the site's stylesheet, inlined as the built pages inline it");
        assertEquals("青山县以工代赈公示", page.selectFirst("header a[href=/]").text());
        assertEquals("白石镇青龙村河道清淤工程", page.selectFirst("form[action=/search] input[name=q]").val());
        assertEquals("共找到 2 条结果", page.selectFirst(".result-count").text());
        Element first = page.selectFirst(".results li");
        assertEquals("/p/2023-QH-0012/", first.selectFirst("a").attr("href"));
        assertEquals("白石镇青龙村河道清淤工程", first.selectFirst("a").text());
        assertEquals("项目公示 · 2023 · 白石镇 · 完工 · 2023-QH-0012", first.selectFirst(".hit-meta").text());
        assertTrue(first.selectFirst(".hit-snippet").text().contains("清淤河道 3.2 公里"));
        assertTrue(page.select("script").isEmpty());
    }

    @Test
    void searchPageEscapesTheQuery() throws Exception {
        String hostile = "<script>alert(\"x\")</script>";
        String body = text(get("/search?q=" + param(hostile)));
        Document page = Jsoup.parse(body);

        assertFalse(body.contains("<script>"));
        assertTrue(page.select("script").isEmpty());
        assertEquals(hostile, page.selectFirst("input[name=q]").val());
        assertEquals("没有找到与“" + hostile + "”相关的内容。", page.selectFirst(".no-results").text());
    }

    @Test
    void searchPagePagesTwentyAtATime() throws Exception {
        Document first = Jsoup.parse(text(get("/search?q=" + param("水渠"))));
        Document last = Jsoup.parse(text(get("/search?q=" + param("水渠") + "&page=3")));

        assertEquals("共找到 45 条结果", first.selectFirst(".result-count").text());
        assertEquals(20, first.select(".results li").size());
        assertTrue(first.select("a[rel=prev]").isEmpty());
        assertEquals("/search?q=" + param("水渠") + "&page=2", first.selectFirst("a[rel=next]").attr("href"));
        assertEquals("下一页", first.selectFirst("a[rel=next]").text());
        assertEquals(5, last.select(".results li").size());
        assertEquals("上一页", last.selectFirst("a[rel=prev]").text());
        assertTrue(last.select("a[rel=next]").isEmpty());
    }

    @Test
    void malformedPageNumberShowsTheFirstPage() throws Exception {
        Document page = Jsoup.parse(text(get("/search?q=" + param("水渠") + "&page=-3x")));

        assertEquals(20, page.select(".results li").size());
    }

    @Test
    void blankSearchShowsOnlyTheForm() throws Exception {
        Document page = Jsoup.parse(text(get("/search")));

        assertEquals("", page.selectFirst("input[name=q]").val());
        assertTrue(page.select(".result-count, .no-results, .results").isEmpty());
    }

    @Test
    void searchPagesHaveTheSkipLinkLandmarksAndSharingTagsOfTheStaticSite() throws Exception {
        Document page = Jsoup.parse(text(get("/search?q=" + param("水渠"))));
        Element first = page.selectFirst("a[href], button, input:not([type=hidden])");
        assertEquals("跳到正文", first.text());
        assertEquals("#main", first.attr("href"));
        assertEquals(1, page.select("main").size());
        assertEquals("main", page.selectFirst("main").id());
        assertEquals(1, page.select("body > header").size());
        assertFalse(page.select("nav[aria-label]").isEmpty());
        assertFalse(page.select("footer").isEmpty());
        assertFalse(page.title().isBlank());
        assertFalse(page.select("meta[name=description]").attr("content").isBlank());
        for (String property : List.of("og:title", "og:description", "og:type", "og:site_name", "og:locale")) {
            assertFalse(page.select("meta[property=" + property + "]").attr("content").isBlank(), property);
        }
        assertEquals(page.title(), page.select("meta[property=og:title]").attr("content"));
    }

    @Test
    void sampleDataBannerIsShownOnlyForSampleData() throws Exception {
        assertEquals(1, Jsoup.parse(text(get("/search?q=x"))).select(".sample-banner:contains(示例数据)").size());

        server.stop();
        server = start(new ServerConfig("127.0.0.1", 0, "青山县以工代赈公示", false));

        assertTrue(Jsoup.parse(text(get("/search?q=x"))).select(".sample-banner").isEmpty());
    }

    @Test
    void apiReturnsTotalAndHitsAsJson() throws Exception {
        HttpResponse<byte[]> response = get("/api/search?q=" + param("2023-qh-0012"));
        JsonNode json = new ObjectMapper().readTree(response.body());

        assertEquals(200, response.statusCode());
        assertEquals("application/json; charset=UTF-8", contentType(response));
        assertEquals(3, json.get("total").asLong());
        JsonNode first = json.get("hits").get(0);
        assertEquals("2023-QH-0012", first.get("code").asText());
        assertEquals("白石镇青龙村河道清淤工程", first.get("title").asText());
        assertEquals("/p/2023-QH-0012/", first.get("url").asText());
        assertEquals("notice", first.get("type").asText());
        assertTrue(first.get("snippet").asText().startsWith("项目编号 2023-QH-0012。"));
    }

    @Test
    void apiPagesTwentyAtATime() throws Exception {
        JsonNode json = new ObjectMapper().readTree(get("/api/search?q=" + param("水渠") + "&page=3").body());

        assertEquals(45, json.get("total").asLong());
        assertEquals(5, json.get("hits").size());
    }

    @Test
    void apiWithBlankQueryFindsNothing() throws Exception {
        JsonNode json = new ObjectMapper().readTree(get("/api/search?q=%20").body());

        assertEquals(0, json.get("total").asLong());
        assertEquals(0, json.get("hits").size());
        assertEquals(0, json.get("facets").size());
    }

    @Test
    void facetLinksShowCountsAndNarrowTheResults() throws Exception {
        Document page = Jsoup.parse(text(get("/search?q=" + param("水渠"))));

        assertEquals(List.of("类型", "年度", "乡镇", "项目状态"), page.select(".facets h2").eachText());
        assertEquals(List.of("2022 30", "2021 15"), facetItems(page, "年度"));
        assertEquals(List.of("完工 30", "在建 15"), facetItems(page, "项目状态"));
        String underWay = facetLink(page, "项目状态", "在建");
        assertEquals("/search?q=" + param("水渠") + "&status=" + param("在建"), underWay);

        Document narrowed = Jsoup.parse(text(get(underWay)));
        assertEquals("共找到 15 条结果", narrowed.selectFirst(".result-count").text());
        assertEquals("项目状态：在建 ×", narrowed.selectFirst(".active-filters a").text());
        assertEquals("/search?q=" + param("水渠"), narrowed.selectFirst(".active-filters a").attr("href"));
        assertEquals("在建", narrowed.selectFirst("form input[type=hidden][name=status]").val(),
                "a new query keeps the filter");
        assertEquals(List.of("完工 30", "在建 15 取消"), facetItems(narrowed, "项目状态"),
                "the filtered dimension still offers its other values");
        assertEquals(List.of("2021 15"), facetItems(narrowed, "年度"), "other dimensions count what is left");
    }

    @Test
    void filtersCombineAndTheUrlCarriesThem() throws Exception {
        String url = "/search?q=" + param("工程") + "&year=2023&town=" + param("白石镇") + "&status=" + param("在建");
        Document page = Jsoup.parse(text(get(url)));

        assertEquals("共找到 2 条结果", page.selectFirst(".result-count").text());
        assertEquals(List.of("/p/2023-QH-0013/", "/p/2023-QH-0014/"),
                page.select(".results .hit-title").eachAttr("href").stream().sorted().toList());
        assertEquals(3, page.select(".active-filters a[title]").size());
    }

    @Test
    void filtersAloneBrowseWithoutAQuery() throws Exception {
        Document page = Jsoup.parse(text(get("/search?town=" + param("白石镇"))));

        assertEquals("共找到 3 条结果", page.selectFirst(".result-count").text());
        assertTrue(page.selectFirst("title").text().startsWith("筛选结果"));
    }

    @Test
    void pagerKeepsTheFilters() throws Exception {
        Document page = Jsoup.parse(text(get("/search?q=" + param("水渠") + "&year=2022")));

        assertEquals("/search?q=" + param("水渠") + "&year=2022&page=2", page.selectFirst("a[rel=next]").attr("href"));
    }

    @Test
    void hostileFilterValuesAreEscapedAndFindNothing() throws Exception {
        String hostile = "\"><script>alert(1)</script>";
        HttpResponse<byte[]> response = get("/search?q=" + param("水渠") + "&town=" + param(hostile) + "&page=" + param("<x>"));
        Document page = Jsoup.parse(text(response));

        assertEquals(200, response.statusCode());
        assertFalse(text(response).contains("<script>"));
        assertTrue(page.select("script").isEmpty());
        assertEquals(hostile, page.selectFirst("form input[type=hidden][name=town]").val());
        assertEquals(1, page.select(".no-results").size());
    }

    @Test
    void snippetMarksTheMatchAndEscapesTheText() throws Exception {
        Element snippet = Jsoup.parse(text(get("/search?q=" + param("清淤河道")))).selectFirst(".hit-snippet");

        assertEquals(List.of("清淤河道"), snippet.select("mark").eachText());
    }

    @Test
    void apiReturnsFacetsWithCountsAndSelection() throws Exception {
        JsonNode json = new ObjectMapper().readTree(get("/api/search?q=" + param("水渠") + "&status=" + param("完工")).body());

        assertEquals(30, json.get("total").asLong());
        JsonNode status = json.get("facets").get(3);
        assertEquals("status", status.get("name").asText());
        assertEquals("项目状态", status.get("label").asText());
        assertEquals("完工", status.get("values").get(0).get("value").asText());
        assertEquals(30, status.get("values").get(0).get("count").asInt());
        assertTrue(status.get("values").get(0).get("selected").asBoolean());
        assertFalse(status.get("values").get(1).get("selected").asBoolean());
        JsonNode hit = json.get("hits").get(0);
        assertEquals("2022", hit.get("year").asText());
        assertEquals("平谷乡", hit.get("town").asText());
        assertEquals("完工", hit.get("status").asText());
        assertEquals("项目公示", hit.get("typeLabel").asText());
        assertTrue(hit.get("snippetHtml").asText().contains("<mark>水渠</mark>"));
    }

    @Test
    void aNewlyPublishedIndexIsSearchedWithoutRestartAndSearchAnswersThroughout() throws Exception {
        Path live = tmp.resolve("live-index");
        writeIndex(live, documents());
        try (SearchIndex liveIndex = SearchIndex.open(live)) {
            Server liveServer = SiteServer.create(new ServerConfig("127.0.0.1", 0, "青山县以工代赈公示", true), site, liveIndex,
                    database, KEYS);
            liveServer.start();
            try {
                URI search = liveServer.getURI().resolve("/api/search?q=" + param("东风渠"));
                AtomicBoolean swapping = new AtomicBoolean(true);
                List<Integer> statuses = Collections.synchronizedList(new ArrayList<>());
                Thread reader = new Thread(() -> {
                    while (swapping.get()) {
                        try {
                            statuses.add(http.send(HttpRequest.newBuilder(search).build(),
                                    HttpResponse.BodyHandlers.discarding()).statusCode());
                        } catch (IOException | InterruptedException e) {
                            statuses.add(-1);
                        }
                    }
                });
                reader.start();
                assertEquals(0, total(search));

                Path staged = tmp.resolve("staged-index");
                List<SearchDocument> rebuilt = new ArrayList<>(documents());
                rebuilt.add(notice("2024-PG-0046", "平谷乡东风渠工程", "平谷乡", "在建", "新建东风渠 2 公里。"));
                writeIndex(staged, rebuilt);
                SearchIndexWriter.publish(staged, live, "test");

                long deadline = System.nanoTime() + 5_000_000_000L;
                while (total(search) == 0 && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                swapping.set(false);
                reader.join();
                assertEquals(1, total(search), "the server picked up the new index by itself");
                assertFalse(statuses.isEmpty());
                assertEquals(List.of(200), statuses.stream().distinct().toList(), "every search during the swap answered");
            } finally {
                liveServer.stop();
            }
        }
    }

    private long total(URI search) throws Exception {
        return new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(search).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body()).get("total").asLong();
    }

    private static List<String> facetItems(Document page, String label) {
        return page.select(".facet:has(h2:containsOwn(" + label + ")) li").eachText();
    }

    private static String facetLink(Document page, String label, String value) {
        return page.selectFirst(".facet:has(h2:containsOwn(" + label + ")) li a:containsOwn(" + value + ")").attr("href");
    }

    @Test
    void unknownPathIsAChinese404() throws Exception {
        HttpResponse<byte[]> response = get("/no/such/page");
        Document page = Jsoup.parse(text(response));

        assertEquals(404, response.statusCode());
        assertEquals("text/html; charset=UTF-8", contentType(response));
        assertEquals("页面不存在", page.selectFirst("h1").text());
        assertEquals("zh-CN", page.selectFirst("html").attr("lang"));
        assertFalse(text(response).contains("jetty"), "no server internals");
    }

    @Test
    void siteOwn404PageIsUsedWhenPresent() throws Exception {
        write("404.html", "<!DOCTYPE html><html lang=\"zh-CN\"><body><h1>站点自己的 404</h1></body></html>");

        HttpResponse<byte[]> response = get("/no/such/page");

        assertEquals(404, response.statusCode());
        assertEquals("站点自己的 404", Jsoup.parse(text(response)).selectFirst("h1").text());
    }

    @Test
    void failureShowsNoStackTrace() throws Exception {
        index.close(); // searching a closed index throws inside the handler

        HttpResponse<byte[]> response = get("/search?q=" + param("白石镇"));
        String body = text(response);

        assertEquals(500, response.statusCode());
        assertEquals("服务器出错", Jsoup.parse(body).selectFirst("h1").text());
        assertFalse(body.contains("Exception"), body);
        assertFalse(body.contains("at org."), body);
        assertSecurityHeaders(response);
        index = SearchIndex.open(tmp.resolve("index"));
    }

    @Test
    void malformedQueryStringIsABadRequest() throws Exception {
        // Raw socket: java.net.http refuses to send a malformed URI at all.
        RawHttp.Reply response = RawHttp.get(server.getURI(), "/search?q=%E4%zz");

        assertEquals(400, response.status(), response.whole());
        assertEquals("请求无效", Jsoup.parse(response.body()).selectFirst("h1").text());
    }

    @Test
    void searchAcceptsOnlyReading() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(server.getURI().resolve("/search?q=x"))
                .POST(HttpRequest.BodyPublishers.ofString("q=x")).build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(405, response.statusCode());
        assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(""));
        HttpResponse<byte[]> head = http.send(HttpRequest.newBuilder(server.getURI().resolve("/search?q=x"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
    }

    @Test
    void everyResponseHasSecurityHeadersAndNoServerHeader() throws Exception {
        List<HttpResponse<byte[]>> responses = new ArrayList<>();
        for (String path : List.of("/", "/style.css", "/search?q=x", "/api/search?q=x", "/no/such/page", "/data/")) {
            responses.add(get(path));
        }
        responses.add(get("/p/2023-QH-0012/", "Accept-Encoding", "gzip"));

        for (HttpResponse<byte[]> response : responses) {
            assertSecurityHeaders(response);
            assertTrue(response.headers().firstValue("Server").isEmpty(), response.uri().toString());
            assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), response.uri().toString());
        }
    }

    private static void assertSecurityHeaders(HttpResponse<byte[]> response) {
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), response.uri().toString());
        assertEquals("same-origin", response.headers().firstValue("Referrer-Policy").orElse(""), response.uri().toString());
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'none'") && !csp.contains("unsafe-inline"), response.uri() + ": " + csp);
    }

    private Server start(ServerConfig config) throws Exception {
        Server started = SiteServer.create(config, tmp.resolve("out/site"), index, database, KEYS);
        started.start();
        return started;
    }

    /** Three alike 白石镇 projects, and 45 水渠 projects in 平谷乡: 30 of 2022 completed, 15 of 2021 under way. */
    private static List<SearchDocument> documents() {
        List<SearchDocument> docs = new ArrayList<>(List.of(
                notice("2023-QH-0012", "白石镇青龙村河道清淤工程", "白石镇", "完工",
                        "项目编号 2023-QH-0012。本项目位于白石镇青龙村，清淤河道 3.2 公里，以工代赈方式吸纳当地群众务工 46 人。"),
                notice("2023-QH-0013", "白石镇青龙村河道清淤工程二期", "白石镇", "在建",
                        "项目编号 2023-QH-0013，为 2023-QH-0012 的续建工程。白石镇青龙村河道清淤工程二期。"),
                notice("2023-QH-0014", "白石镇青龙村河道护岸工程", "白石镇", "在建",
                        "项目编号 2023-QH-0014。在 2023-QH-0012 清淤后修建护岸。")));
        for (int i = 1; i <= 45; i++) {
            String code = String.format("%d-PG-%04d", i <= 30 ? 2022 : 2021, i);
            docs.add(notice(code, "平谷乡第" + i + "号水渠工程", "平谷乡", i <= 30 ? "完工" : "在建", "水渠修缮，长度 " + i + " 百米。"));
        }
        return docs;
    }

    private static SearchDocument notice(String code, String title, String town, String status, String body) {
        return new SearchDocument("notice-" + code, "/p/" + code + "/", "notice", code, title, body,
                List.of(town), List.of(title, town),
                List.of(new Facet("year", code.substring(0, 4)), new Facet("town", town), new Facet("status", status)));
    }

    private static SearchIndex openIndex(Path dir, List<SearchDocument> docs) throws IOException {
        writeIndex(dir, docs);
        return SearchIndex.open(dir);
    }

    private static void writeIndex(Path dir, List<SearchDocument> docs) throws IOException {
        try (SearchIndexWriter writer = SearchIndexWriter.create(dir)) {
            for (SearchDocument doc : docs) {
                writer.add(doc);
            }
        }
    }

    private void write(String path, String content) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private HttpResponse<byte[]> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURI().toString().replaceAll("/$", "") + pathAndQuery));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] data) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return in.readAllBytes();
        }
    }
}
