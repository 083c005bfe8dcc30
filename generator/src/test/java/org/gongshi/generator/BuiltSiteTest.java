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
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The embedded content/ built for real, read back as a visitor's browser would. */
class BuiltSiteTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
            for (String always : List.of("总投资", "中央资金", "已发放劳务报酬", "劳务报酬占比", "批复文号", "项目业主", "施工单位")) {
                assertTrue(facts.contains(always), code + " lacks " + always);
            }
            assertTrue(facts.contains(p.get("approvalDocument").asText()), code);
            assertTrue(doc.select(".hotline a[href^=tel:]").size() == 1, code + " shows the hotline once in the body");
            assertFalse(doc.select("ol.history li").isEmpty(), code + " shows its history");
            if (status.equals("完工") || status.equals("管护")) {
                assertTrue(doc.select("h2").eachText().contains("永久性公示牌"), code);
                for (String signboard : List.of("项目名称", "建设时间", "建设内容", "群众受益情况", "运行管护责任主体")) {
                    assertTrue(facts.contains(signboard), code + " signboard lacks " + signboard);
                }
                assertTrue(facts.contains(p.get("maintainer").asText()), code);
            } else if (status.equals("撤销")) {
                assertTrue(doc.selectFirst(".notice-cancelled").text().contains("撤销"), code);
            } else {
                assertTrue(doc.select("h2").eachText().contains("施工公开栏"), code);
                for (String board : List.of("群众务工信息", "劳务报酬发放")) {
                    assertTrue(facts.contains(board), code + " notice board lacks " + board);
                }
            }
        }
    }

    private static String currentStatus(JsonNode p) {
        String status = "";
        for (JsonNode event : p.get("lifecycle")) {
            if (!event.get("status").asText().equals("调整")) {
                status = event.get("status").asText();
            }
        }
        return status;
    }

    @Test
    void anAdjustmentIsShownWithItsDateAndReason() throws IOException {
        String history = page("/p/2021-QH-0003/").select("ol.history").text();
        assertTrue(history.contains("调整：") && history.contains("2.1公里"), history);
    }

    @Test
    void laborShareIsShownAgainstTheFloorWithItsRule() throws IOException {
        Document below = page("/p/2022-QH-0009/");
        assertTrue(below.select(".warn").text().contains("低于 15% 的要求"), "a project below the floor is flagged");
        Document override = page("/p/2023-QH-0001/");
        assertTrue(facts(override).contains("不低于 30%"), "a project's own floor replaces the site default");
        assertTrue(facts(override).contains("国家发展改革委"), "the floor's rule is cited");
    }

    @Test
    void wagePagesListMaskedLinesWithTotalsAndMarks() throws IOException {
        Document doc = page("/p/2025-QH-0002/wages/");
        Element total = doc.selectFirst("table.ledger tfoot tr");
        assertEquals("合计", total.child(0).text());
        List<String> names = doc.select("table.ledger").get(1).select("tbody tr td:first-child").eachText();
        assertFalse(names.isEmpty());
        for (String name : names) {
            assertTrue(name.matches("\\S\\*{1,2}\\S?"), "masked: " + name);
        }
        assertTrue(doc.text().contains("未发放"), "unpaid lines are marked");
    }

    @Test
    void annualListsAndHomeLinkEveryProject() throws IOException {
        Document home = page("/");
        assertTrue(home.select("a[href^=/projects/]").size() >= 5, "one list per year 2021–2025");
        int listed = 0;
        for (Element link : home.select("a[href^=/projects/]")) {
            listed += page(link.attr("href")).select("ul.project-list li").size();
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
                    if (href.startsWith("tel:") || href.startsWith("http") || href.equals("/search")) {
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
        try (Stream<Path> files = Files.walk(BuiltSite.site())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(file.toFile(), "UTF-8");
                assertTrue(doc.select("script").isEmpty(), file.toString());
                assertTrue(doc.select("[src^=http], link[href^=http], [src^=//]").isEmpty(), file.toString());
                assertEquals("zh-CN", doc.selectFirst("html").attr("lang"), file.toString());
            }
        }
        assertFalse(Files.readString(BuiltSite.site().resolve("style.css")).contains("@font-face"));
    }
}
