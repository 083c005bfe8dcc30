package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lists citizens browse, the compliance flags journalists look for and the typical cases, read from the built
 * sample site the way a reader sees them: every number on a list must agree with the notices it lists.
 */
class DisclosureListsTest {

    private static Document page(String url) throws IOException {
        Path file = BuiltSite.site().resolve(url.substring(1)).resolve("index.html");
        return Jsoup.parse(file.toFile(), "UTF-8", "https://gs.qinghe.example.gov.cn" + url);
    }

    private static List<String> codes() throws IOException {
        try (Stream<Path> dirs = Files.list(BuiltSite.CONTENT.resolve("projects"))) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList();
        }
    }

    /** The notice page's facts table as label → value. */
    private static Map<String, String> facts(Document notice) {
        Map<String, String> facts = new HashMap<>();
        for (Element row : notice.select("table.facts tr")) {
            facts.putIfAbsent(row.selectFirst("th").text(), row.selectFirst("td").text());
        }
        return facts;
    }

    /** Rows of a project table: code → cells. */
    private static Map<String, List<String>> rows(Document list) {
        Map<String, List<String>> rows = new TreeMap<>();
        for (Element row : list.select("table.project-table tbody tr")) {
            rows.put(row.selectFirst("td.name .muted").text(), row.select("td").stream().map(Element::text).toList());
        }
        return rows;
    }

    private static long fenOfWan(String wan) {
        String[] parts = wan.replace(",", "").split("\\.");
        return Long.parseLong(parts[0]) * 1_000_000 + Long.parseLong(parts[1]) * 10_000;
    }

    @Test
    void everyProjectIsOnExactlyOneListOfEachYearTownAndStatusAndTheRowsAgreeWithItsNotice() throws IOException {
        Document index = page("/projects/");
        Map<String, List<String>> listsByKind = new TreeMap<>();
        for (Element group : index.select("main h2")) {
            List<String> urls = group.nextElementSibling().select("a").eachAttr("abs:href");
            listsByKind.put(group.text(), urls);
        }
        assertEquals(Set.of("按年度", "按乡镇（街道）", "按建设领域", "按项目状态", "按赈济方式"), listsByKind.keySet());

        for (String kind : List.of("按年度", "按乡镇（街道）", "按项目状态")) {
            List<String> listed = new ArrayList<>();
            for (String url : listsByKind.get(kind)) {
                String path = java.net.URI.create(url).getPath();
                Document list = page(path);
                rows(list).forEach((code, cells) -> listed.add(code));
                for (Map.Entry<String, List<String>> row : rows(list).entrySet()) {
                    Map<String, String> notice = facts(page("/p/" + row.getKey() + "/"));
                    assertTrue(notice.get("中央资金").startsWith(row.getValue().get(3) + " 万元"), path + " " + row.getKey());
                    assertTrue(notice.get("已发放劳务报酬").startsWith(row.getValue().get(4) + " 万元"), path + " " + row.getKey());
                }
            }
            assertEquals(codes(), listed.stream().sorted().toList(), kind);
        }
    }

    @Test
    void aListsTotalsAreTheSumsOfItsRowsLeavingOutWithdrawnProjects() throws IOException {
        Document list = page("/projects/town/白石镇/");
        assertEquals("白石镇以工代赈项目", list.selectFirst("h1").text());
        long central = 0;
        long labor = 0;
        int workers = 0;
        for (List<String> cells : rows(list).values()) {
            if (cells.get(2).equals("撤销") || cells.get(2).equals("合并")) {
                continue;
            }
            central += fenOfWan(cells.get(3));
            labor += fenOfWan(cells.get(4));
            workers += Integer.parseInt(cells.get(6));
        }
        List<String> total = list.select("table.project-table tfoot tr > *").stream().map(Element::text).toList();
        // Each row is rounded to 0.01 万元; the total is rounded once, so they may differ by a rounding step per row.
        assertTrue(Math.abs(fenOfWan(total.get(3)) - central) <= 10_000L * rows(list).size(), total + " vs " + central);
        assertTrue(Math.abs(fenOfWan(total.get(4)) - labor) <= 10_000L * rows(list).size(), total + " vs " + labor);
        assertEquals(workers, Integer.parseInt(total.get(6)));
        assertTrue(list.selectFirst("table.project-table caption").text().contains("已撤销或合并 1 个"));
    }

    @Test
    void aListOfAStatusNoProjectHasStillAnswers() throws IOException {
        Document merged = page("/projects/status/merged/");

        assertEquals("项目状态：合并", merged.selectFirst("h1").text());
        assertTrue(merged.text().contains("目前没有这一类项目"));
        assertTrue(Files.exists(BuiltSite.site().resolve("projects/mode/asset-dividends/index.html")));
    }

    @Test
    void flagsOnNoticesListsAndTheFlagsPageAreTheSameSetOfProjects() throws IOException {
        Map<String, Set<String>> onNotices = new TreeMap<>();
        for (String code : codes()) {
            Document notice = page("/p/" + code + "/");
            Set<String> titles = new TreeSet<>(notice.select("#flags li strong").eachText());
            if (!titles.isEmpty()) {
                onNotices.put(code, titles);
            }
        }
        Map<String, Set<String>> onFlagsPage = new TreeMap<>();
        Document flags = page("/flags/");
        for (Element section : flags.select("main section")) {
            String title = section.selectFirst("h2").text().replaceFirst("（\\d+ 个）$", "");
            for (Element row : section.select("tbody tr")) {
                onFlagsPage.computeIfAbsent(row.selectFirst("td.name .muted").text(), k -> new TreeSet<>()).add(title);
            }
        }
        Map<String, Set<String>> onLists = new TreeMap<>();
        for (int year = 2021; year <= 2025; year++) {
            for (Element row : page("/projects/" + year + "/").select("table.project-table tbody tr")) {
                Set<String> titles = new TreeSet<>(row.select("td").last().select("a").eachText());
                if (!titles.isEmpty()) {
                    onLists.put(row.selectFirst("td.name .muted").text(), titles);
                }
            }
        }

        assertFalse(onNotices.isEmpty());
        assertEquals(onNotices, onFlagsPage);
        assertEquals(onNotices, onLists);
        assertTrue(flags.text().contains("截至 " + BuiltSite.AS_OF + "，共有 " + onNotices.size() + " 个项目有问题提示"));
        assertTrue(page("/").selectFirst(".flag-summary a[href=/flags/]").text().contains(onNotices.size() + " 个项目有问题提示"));
    }

    @Test
    void aBelowFloorFlagShowsTheShareAndCitesTheRule() throws IOException {
        Element flag = page("/p/2024-QH-0006/").selectFirst("#flags li");

        assertEquals("劳务报酬占比低于要求", flag.selectFirst("strong").text());
        assertTrue(flag.text().contains("已发放劳务报酬占中央资金 12.75%，低于 15% 的要求"), flag.text());
        assertTrue(flag.text().contains("依据：《“十四五”以工代赈工作实施方案》：劳务报酬占中央资金比例不低于15%"), flag.text());
        assertEquals("/flags/#labor-share", flag.selectFirst("a").attr("href"));
    }

    @Test
    void aTypicalCaseShowsItsProjectsFiguresAndTheProjectSaysItIsPartOfIt() throws IOException {
        Document cases = page("/cases/");
        assertEquals(List.of("一条生产路，让42名群众在家门口挣到工钱"), cases.select("main .project-list > li > a:first-child").eachText());

        Document story = page("/cases/dongchen-road/");
        assertEquals("典型案例：一条生产路，让42名群众在家门口挣到工钱 - 青禾县以工代赈项目公示平台", story.title());
        Map<String, List<String>> figures = rows(story);
        assertEquals(Set.of("2021-QH-0003"), figures.keySet());
        Map<String, String> notice = facts(page("/p/2021-QH-0003/"));
        assertTrue(notice.get("中央资金").startsWith(figures.get("2021-QH-0003").get(3) + " 万元"));
        assertTrue(story.selectFirst("article").text().contains("东陈村西边有1800亩粮食和蔬菜地"));

        Element note = page("/p/2021-QH-0003/").selectFirst(".case-note a");
        assertEquals("/cases/dongchen-road/", note.attr("href"));
        assertTrue(page("/p/2021-QH-0007/").select(".case-note").isEmpty());
    }

    @Test
    void aTownThatCannotBeAUrlSegmentIsRefused(@TempDir Path dir) throws Exception {
        ContentTree tree = new ContentTree(dir);
        tree.edit(ContentTree.FIRST, p -> p.put("town", "东河/街道"));

        List<String> problems = ContentTree.problems(tree.build(), tree.content);

        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).matches("projects/2023-QH-0008/project.json:\\d+: town: 乡镇（街道）名称会成为网址 .*不能含有空格、/ 或 \\\\.*"),
                problems.get(0));
    }
}
