package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongshi.generator.render.QrRaster;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The embedded content/ built for real, read back as a visitor's browser would. */
class BuiltSiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Paths the gongshi server answers rather than a built file; the sample's serviceUrl is "/". */
    private static final List<String> SERVER_PATHS = List.of("/search", "/hotline/status");
    private static Document page(String urlPath) throws IOException {
        Path file = BuiltSite.site().resolve(urlPath.substring(1)).resolve("index.html");
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    private static List<Path> projectDirs() throws IOException {
        try (Stream<Path> dirs = Files.list(BuiltSite.CONTENT.resolve("projects"))) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }

    private static String facts(Document doc) {
        return doc.select("table.facts").text();
    }

    @Test
    void everyProjectHasANoticePageWithItsRequiredFacts() throws IOException {
        for (Path dir : projectDirs()) {
            JsonNode p = JSON.readTree(dir.resolve("project.json").toFile());
            String code = p.get("code").asText();
            Document doc = page("/p/" + code + "/");
            String status = currentStatus(p);
            assertEquals(p.get("name").asText(), doc.selectFirst("h1").text(), code);
            assertTrue(doc.title().startsWith(p.get("name").asText()), code);
            assertEquals(status, doc.selectFirst(".status").text(), code);
            String facts = facts(doc);
            assertTrue(facts.contains(p.get("approvalDocument").asText()), code);
            assertTrue(doc.select(".hotline a[href^=tel:]").size() == 1, code + " shows the hotline once in the body");
            assertFalse(doc.select("ol.history li").isEmpty(), code + " shows its history");
            if (status.equals("撤销") || status.equals("合并")) {
                assertTrue(doc.selectFirst(".notice-cancelled").text().contains("已于"), code + " is a tombstone saying when");
                for (String was : List.of("建设内容", "总投资", "中央资金", "已发放劳务报酬", "批复文号", "项目业主")) {
                    assertTrue(facts.contains(was), code + " tombstone lacks what the project was: " + was);
                }
                continue;
            }
            for (String always : List.of("总投资", "中央资金", "已发放劳务报酬", "劳务报酬占比", "批复文号", "项目业主", "施工单位")) {
                assertTrue(facts.contains(always), code + " lacks " + always);
            }
            if (status.equals("完工") || status.equals("管护")) {
                assertTrue(doc.select("h2").eachText().contains("永久性公示牌"), code);
                for (String signboard : List.of("项目名称", "建设时间", "建设内容", "群众受益情况", "运行管护责任主体")) {
                    assertTrue(facts.contains(signboard), code + " signboard lacks " + signboard);
                }
                assertTrue(facts.contains(p.get("maintainer").asText()), code);
            } else {
                assertTrue(doc.select("h2").eachText().contains("施工公开栏"), code);
                for (String board : List.of("群众务工信息", "劳务报酬发放")) {
                    assertTrue(facts.contains(board), code + " notice board lacks " + board);
                }
            }
        }
    }

    private static String currentStatus(JsonNode p) {
        JsonNode lifecycle = p.get("lifecycle");
        return lifecycle.get(lifecycle.size() - 1).get("status").asText();
    }

    @Test
    void anAmendmentIsShownInPlainWordsWithItsDateFieldsAndReason() throws IOException {
        Document doc = page("/p/2021-QH-0003/");
        assertEquals("变更记录", doc.selectFirst("#amendments").text());
        assertEquals(List.of("2021-05-20 建设内容调整：道路长度由2.4公里调整为2.1公里，核减的资金用于增设错车平台和过路涵管；"
                        + "原因：原设计线路末段0.3公里与县交通运输局同期实施的通组公路重叠，为避免重复建设予以核减"),
                doc.select("#amendments + ol.history li").eachText());
    }

    @Test
    void laborShareIsShownAgainstTheFloorWithItsRule() throws IOException {
        Document below = page("/p/2022-QH-0009/");
        assertTrue(below.select("#flags").text().contains("低于 15% 的要求"), "a project below the floor is flagged");
        Document override = page("/p/2023-QH-0001/");
        assertTrue(facts(override).contains("不低于 30%"), "a project's own floor replaces the site default");
        assertTrue(facts(override).contains("国家发展改革委"), "the floor's rule is cited");
    }

    @Test
    void wagePagesListMaskedLinesWithTotalsAndMarks() throws IOException {
        Document doc = page("/p/2025-QH-0002/wages/");
        Element total = doc.selectFirst("table.ledger tfoot tr");
        assertEquals("合计", total.child(0).text());
        List<String> names = doc.select("table.ledger").get(1).select("tbody tr td:nth-child(2)").eachText();
        assertFalse(names.isEmpty());
        for (String name : names) {
            assertTrue(name.matches("\\S\\*{1,2}\\S?"), "masked: " + name);
        }
        assertTrue(doc.text().contains("未发放"), "unpaid lines are marked");
    }

    @Test
    void annualListsAndHomeLinkEveryProject() throws IOException {
        Document home = page("/");
        List<String> years = home.select("main a[href~=^/projects/\\d{4}/$]").eachAttr("href");
        assertEquals(5, years.size(), "one list per year 2021–2025");
        int listed = 0;
        for (String year : years) {
            listed += page(year).select("table.project-table tbody tr").size();
        }
        assertEquals(projectDirs().size(), listed);
        assertEquals("示例数据：本站内容均为虚构，仅供演示", home.selectFirst(".sample-banner").text());
    }

    @Test
    void authoredPagesAreRenderedInTheSameFrame() throws IOException {
        for (String url : List.of("/policy/", "/about/", "/cases/dongchen-road/")) {
            Document doc = page(url);
            assertFalse(doc.selectFirst("article h1").text().isBlank(), url);
            assertEquals("青禾县以工代赈项目公示平台", doc.selectFirst(".site-title").text(), url);
            assertTrue(doc.selectFirst(".sample-banner") != null, url);
        }
    }

    @Test
    void aNotFoundPageIsBuiltForStaticHostsAndTheServer() throws IOException {
        Document doc = Jsoup.parse(BuiltSite.site().resolve("404.html").toFile(), "UTF-8");
        assertEquals("页面不存在", doc.selectFirst("h1").text());
        assertTrue(doc.select("a[href=/]").size() > 0, "leads home");
    }

    @Test
    void everyInternalLinkResolvesToABuiltFile() throws IOException {
        List<String> broken = new ArrayList<>();
        Path site = BuiltSite.site();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element el : doc.select("a[href], link[href]")) {
                    String href = el.attr("href");
                    // The server answers these (SERVER_PATHS), a data: URL is its own content (the icon); everything
                    // else must be a built file.
                    if (href.startsWith("tel:") || href.startsWith("http") || href.startsWith("data:")
                            || SERVER_PATHS.contains(href)) {
                        continue;
                    }
                    if (href.startsWith("#")) {
                        if (doc.getElementById(href.substring(1)) == null) {
                            broken.add(site.relativize(file) + " → " + href);
                        }
                        continue;
                    }
                    if (href.startsWith("#")) {
                        if (doc.getElementById(href.substring(1)) == null) {
                            broken.add(site.relativize(file) + " → " + href);
                        }
                        continue;
                    }
                    String path = URI.create(href).getPath();
                    Path target = site.resolve(path.substring(1));
                    if (!(Files.isRegularFile(target) || Files.isRegularFile(target.resolve("index.html")))) {
                        broken.add(site.relativize(file) + " → " + href);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void pagesNeedNoScriptNoWebFontAndNoOtherHost() throws IOException {
        String stylesheet = Files.readString(BuiltSite.site().resolve("style.css"));
        try (Stream<Path> files = Files.walk(BuiltSite.site())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                assertTrue(doc.select("script").isEmpty(), file.toString());
                // The server's Content-Security-Policy has no 'unsafe-inline': it allows the one stylesheet by its
                // hash, which it computes from /style.css, so every <style> must be that file's text exactly.
                assertTrue(doc.select("[style], body style").isEmpty(), file.toString());
                for (Element style : doc.select("style")) {
                    assertEquals(stylesheet, style.data(), file.toString());
                }
                assertTrue(doc.select("[src^=http], link[href^=http], [src^=//]").isEmpty(), file.toString());
                assertEquals("zh-CN", doc.selectFirst("html").attr("lang"), file.toString());
            }
        }
        assertFalse(Files.readString(BuiltSite.site().resolve("style.css")).contains("@font-face"));
    }

    @Test
    void everyNoticePageHasTheComplaintFormWithItsProjectFilledIn() throws IOException {
        for (Path dir : projectDirs()) {
            String code = dir.getFileName().toString();
            Document doc = page("/p/" + code + "/");
            if (!doc.select(".notice-cancelled").isEmpty()) {
                continue; // a withdrawn project's tombstone gives the phone; there is no work left to report on
            }
            HotlineForms.assertForm(doc, "/", code);
            assertEquals("监督举报", doc.selectFirst("#hotline h2").text(), code);
        }
    }

    @Test
    void theHotlinePageHasTheFormForNoProjectInParticular() throws IOException {
        Document doc = page("/hotline/");
        assertEquals("监督举报", doc.selectFirst("h1").text());
        assertTrue(doc.title().startsWith("监督举报"));
        HotlineForms.assertForm(doc, "/", "");
        assertEquals("0391-5550100", doc.selectFirst("main .hotline a[href=\"tel:0391-5550100\"]").text());
        assertTrue(doc.selectFirst("main p").text().contains("拖欠或克扣"), "says what may be reported");
    }

    @Test
    void everyPageLinksTheHotlineAndTheComplaintLedgerInItsFooter() throws IOException {
        for (String url : List.of("/", "/p/2021-QH-0003/", "/p/2025-QH-0002/wages/", "/projects/2023/", "/policy/", "/hotline/")) {
            Element footer = page(url).selectFirst("footer");
            assertEquals("网上举报", footer.selectFirst("a[href=\"/hotline/\"]").text(), url);
            assertEquals("举报办理情况", footer.selectFirst("a[href=\"/complaints/\"]").text(), url);
        }
    }

    @Test
    void aNoticeInTheComplaintLedgerShowsItsFiguresAndPublicReplies() throws IOException {
        Element section = page("/p/2025-QH-0002/").selectFirst("section.complaints");
        assertEquals("网上监督举报办理情况", section.selectFirst("h2").text());
        String facts = section.select("table.facts").text();
        for (String figure : List.of("共 3 件", "拖欠或克扣工资 2 件", "工程质量 1 件", "已受理 1 件", "已办结 2 件", "办结用时中位数 12.5 天")) {
            assertTrue(facts.contains(figure), figure + " in " + facts);
        }
        assertFalse(facts.contains("0 件"), "labels without complaints are left out: " + facts);
        List<String> replies = section.select("ul.replies li").eachText();
        assertEquals(2, replies.size());
        assertTrue(replies.get(0).startsWith("2026-10-02 收到 · 拖欠或克扣工资 · 已办结 · 2026-10-15 办结"), replies.get(0));
        assertTrue(replies.get(0).contains("全部打卡补发"), replies.get(0));
    }

    @Test
    void aNoticeWithoutComplaintsSaysSo() throws IOException {
        Element section = page("/p/2021-QH-0003/").selectFirst("section.complaints");
        assertTrue(section.text().contains("本项目暂无网上举报。"), section.text());
        assertTrue(section.select("table, ul.replies").isEmpty());
    }

    @Test
    void theComplaintsPageListsEveryProjectInTheLedgerAndTheUnassigned() throws IOException {
        Document doc = page("/complaints/");
        assertEquals("举报办理情况", doc.selectFirst("h1").text());
        assertTrue(doc.text().contains("数据截至 2026-11-20 16:00（北京时间）"), doc.text());
        assertTrue(doc.selectFirst("table.facts").text().contains("7 件（其中未指明项目的 1 件）"), doc.selectFirst("table.facts").text());
        List<Element> rows = doc.select("table.complaint-table tbody tr");
        assertEquals(List.of("2023-QH-0012", "2024-QH-0014", "2025-QH-0002", "未指明项目"),
                rows.stream().map(r -> r.child(0).text()).toList());
        assertEquals("/p/2025-QH-0002/", rows.get(2).selectFirst("a").attr("href"));
        assertEquals(List.of("2025-QH-0002", "白石镇东陈村农田灌溉机井配套工程", "3", "2", "1", "0", "12.5"), rows.get(2).children().eachText());
        assertEquals(List.of("2024-QH-0014", "沙河镇沙河村文化广场及配套设施工程", "2", "0", "1", "1", "—"), rows.get(1).children().eachText());
        assertEquals(List.of("合计", "7", "3", "3", "1", "—"), doc.select("table.complaint-table tfoot td").eachText());
        assertTrue(doc.text().contains("举报人的姓名、电话等身份信息和举报原文一律不公开"));
    }

    @Test
    void everyProjectsQrCodeDecodesToItsOwnUpperCaseAddress() throws IOException {
        for (Path dir : projectDirs()) {
            String code = dir.getFileName().toString();
            String svg = Files.readString(BuiltSite.site().resolve("p/" + code + "/qr.svg"));
            for (int pixels : List.of(600, 236)) {
                assertEquals(Optional.of("HTTPS://GS.QINGHE.EXAMPLE.GOV.CN/P/" + code),
                        QrRaster.decode(QrRaster.rasterize(svg, pixels)), code + " at " + pixels + " px");
            }
        }
    }

    @Test
    void theUpperCaseAddressLeadsToTheNoticeOnAStaticHost() throws IOException {
        Document doc = page("/P/2023-QH-0012/");
        assertEquals("0; url=/p/2023-QH-0012/", doc.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("/p/2023-QH-0012/", doc.selectFirst("a").attr("href"), "a link for browsers that do not refresh");
    }

    @Test
    void aCompletedProjectsSignboardCarriesTheFiveFactsTheQrCodeAndTheHotline() throws IOException {
        Document doc = page("/p/2021-QH-0003/signboard/");
        assertEquals("以工代赈项目永久性公示牌", doc.selectFirst(".board-heading h1").text());
        assertEquals("白石镇东陈村生产道路硬化工程", doc.selectFirst(".board-name").text());
        assertEquals(List.of("建设时间", "建设内容", "群众受益情况", "运行管护责任主体"), doc.select(".board th").eachText());
        assertTrue(doc.select(".board td").get(1).text().startsWith("新建水泥混凝土生产道路2.1公里"));
        assertEquals("/p/2021-QH-0003/qr.svg", doc.selectFirst(".board-qr img").attr("src"));
        assertTrue(doc.selectFirst(".board-hotline").text().startsWith("监督举报电话："));
        assertEquals("/signboard.css", doc.selectFirst("link[rel=stylesheet]").attr("href"));
    }

    @Test
    void aProjectUnderConstructionGetsTheNoticeBoardWithWorkersAndWages() throws IOException {
        Document doc = page("/p/2025-QH-0002/signboard/");
        assertEquals("以工代赈项目公开栏", doc.selectFirst(".board-heading h1").text());
        List<String> labels = doc.select(".board th").eachText();
        assertTrue(labels.containsAll(List.of("群众务工信息", "劳务报酬发放")), labels.toString());
        assertTrue(doc.select(".board td").get(labels.indexOf("群众务工信息")).text().contains("已吸纳务工"));
        assertTrue(doc.select(".board td").get(labels.indexOf("劳务报酬发放")).text().contains("未发放"),
                "the unpaid batch of the sample shows on the board");
    }

    @Test
    void theSignboardPrintsOnA4OrA3Landscape() throws IOException {
        String css = Files.readString(BuiltSite.site().resolve("signboard.css"));
        assertTrue(css.contains("@page { size: landscape;"), "landscape, on whichever paper the print dialog picks");
        assertTrue(css.contains("@media print and (min-width: 330mm)"), "A3 (400 mm inside the margins) scales up");
        assertTrue(css.contains("@media print {"), "print hides the instructions");
    }

    @Test
    void everyProjectHasASignboardSvgAtRealSize() throws IOException {
        for (Path dir : projectDirs()) {
            String code = dir.getFileName().toString();
            String svg = Files.readString(BuiltSite.site().resolve("p/" + code + "/signboard.svg"));
            assertTrue(svg.contains("width=\"1200mm\""), code);
            assertTrue(svg.contains(code), code);
        }
    }

    @Test
    void aCancelledProjectsNoticeIsATombstoneLinkingItsSuccessor() throws IOException {
        Document doc = page("/p/2022-QH-0013/");
        assertTrue(doc.selectFirst(".notice-cancelled").text().startsWith("本项目已于 2022-08-12 撤销。"));
        Element successor = doc.selectFirst(".notice-cancelled a");
        assertEquals("/p/2023-QH-0015/", successor.attr("href"));
        assertEquals("白石镇农产品冷链物流中心配套土方地基及围墙工程", successor.text());
    }

    @Test
    void eachRecordIsPublishedAsJsonWithItsAmendments() throws IOException {
        JsonNode record = JSON.readTree(BuiltSite.site().resolve("p/2023-QH-0012/project.json").toFile());
        assertEquals("2023-QH-0012", record.get("code").asText());
        assertEquals("0391-5550100", record.get("hotline").asText(), "site defaults are written out");
        assertEquals("construction", record.at("/amendments/0/fields/0").asText());
    }

    @Test
    void theFirstBuildIsReleaseOneListingEveryPublishedFile() throws IOException {
        JsonNode manifest = JSON.readTree(BuiltSite.site().resolve("releases/1.json").toFile());
        assertEquals(1, manifest.get("release").asInt());
        assertTrue(manifest.get("previous").isNull());
        List<String> paths = new ArrayList<>();
        manifest.get("files").forEach(f -> paths.add(f.get("path").asText()));
        assertTrue(paths.containsAll(List.of("/index.html", "/p/2023-QH-0012/index.html", "/p/2023-QH-0012/qr.svg")));
        assertTrue(paths.stream().noneMatch(p -> p.endsWith(".gz") || p.startsWith("/releases/")));
        assertTrue(page("/releases/").text().contains("第 1 次"), page("/releases/").text());
    }
}
