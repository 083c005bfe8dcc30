package org.gongshi.generator;

import static org.gongshi.generator.OpenDataTest.csv;
import static org.gongshi.generator.OpenDataTest.page;
import static org.gongshi.generator.OpenDataTest.wan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongshi.generator.model.Money;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** {@code /stats/} of the built sample: every chart beside a table with its numbers, the tables equal to their CSVs and the site's totals. */
class StatsPageTest {

    private static final List<String> CHARTS = List.of("by-year", "by-town", "labor-share", "workers", "payments");

    private static Element section(Document doc, String id) {
        return doc.selectFirst("section#" + id);
    }

    private static long sum(List<Map<String, String>> rows, String column) {
        return rows.stream().mapToLong(r -> Long.parseLong(r.get(column))).sum();
    }

    @Test
    void everyChartIsANamedImageWithATableAndACsvLinkBesideIt() throws IOException {
        Document doc = page("/stats/");
        assertEquals(CHARTS, doc.select("section.stats-chart").eachAttr("id"));
        for (String id : CHARTS) {
            Element section = section(doc, id);
            Element svg = section.selectFirst("figure svg");
            assertEquals("img", svg.attr("role"), id);
            assertEquals(section.selectFirst("h2").text(), svg.selectFirst("title#" + svg.attr("aria-labelledby")).text(), id);
            Element table = section.selectFirst("table");
            assertTrue(table.selectFirst("caption").text().startsWith(section.selectFirst("h2").text()), id);
            assertEquals("/stats/" + id + ".csv", table.selectFirst("caption a").attr("href"), id);
            assertTrue(table.select("thead th").stream().allMatch(th -> th.attr("scope").equals("col")), id);
        }
    }

    @Test
    void eachTableShowsItsCsvRowByRowAndEveryValueIsWrittenInItsChart() throws IOException {
        Document doc = page("/stats/");
        for (String id : CHARTS) {
            Element section = section(doc, id);
            List<Map<String, String>> csv = csv("/stats/" + id + ".csv");
            List<Element> rows = section.select("tbody tr");
            assertEquals(csv.size(), rows.size(), id);
            List<String> chartText = section.select("svg text").eachText();
            for (int i = 0; i < csv.size(); i++) {
                List<String> shown = csv.get(i).entrySet().stream().filter(e -> !e.getKey().endsWith("_fen"))
                        .map(e -> e.getValue().equals("true") ? "是" : e.getValue().equals("false") ? "否" : e.getValue()).toList();
                assertEquals(shown, rows.get(i).select("td").eachText(), id + " row " + i);
                String label = csv.get(i).values().iterator().next();
                assertTrue(chartText.stream().anyMatch(t -> t.equals(label) || t.endsWith("…") && label.startsWith(t.substring(0, t.length() - 1))),
                        id + " chart labels " + label);
            }
        }
    }

    @Test
    void moneyByYearAndByTownSumToTheHomePageTotals() throws IOException {
        String home = page("/").select("main p.muted").text();
        for (String id : List.of("by-year", "by-town")) {
            List<Map<String, String>> rows = csv("/stats/" + id + ".csv");
            String central = new Money(sum(rows, "central_funds_fen")).wan();
            String labor = new Money(sum(rows, "labor_paid_fen")).wan();
            assertTrue(home.contains("共 " + sum(rows, "projects") + " 个项目，中央资金 " + central + " 万元，已发放劳务报酬 " + labor + " 万元"),
                    id + ": " + home);
        }
        for (Map<String, String> year : csv("/stats/by-year.csv")) {
            String facts = page("/projects/" + year.get("year") + "/").select("table.facts").text();
            assertTrue(facts.contains("中央资金 " + wan(year.get("central_funds_fen")) + " 万元"), facts);
            assertTrue(facts.contains("已发放劳务报酬 " + wan(year.get("labor_paid_fen")) + " 万元"), facts);
            assertTrue(section(page("/stats/"), "by-year").select("svg text").eachText().contains(wan(year.get("central_funds_fen")) + " 万元"));
        }
    }

    @Test
    void workersByGroupSumToTheHomePageAndPaymentsToTheWagePages() throws IOException {
        String home = page("/").select("main p.muted").text();
        assertTrue(home.contains("带动务工群众 " + sum(csv("/stats/workers.csv"), "workers") + " 人"), home);
        assertEquals(List.of("脱贫人口", "监测对象", "低收入人口", "其他"), csv("/stats/workers.csv").stream().map(r -> r.get("group")).toList());
        long wagePages = sum(csv("/data/wage-batches.csv"), "paid_fen");
        assertEquals(wagePages, sum(csv("/stats/payments.csv"), "paid_fen"), "every paid line has a pay date");
    }

    @Test
    void projectsBelowTheirFloorAreMarkedInWordsAndEveryOneHasAFloorLine() throws IOException {
        Element section = section(page("/stats/"), "labor-share");
        List<Map<String, String>> rows = csv("/stats/labor-share.csv");
        assertEquals(rows.size(), section.select("svg line.marker").size());
        List<String> below = rows.stream().filter(r -> r.get("below_floor").equals("true")).map(r -> r.get("code")).toList();
        assertTrue(below.contains("2022-QH-0009"), below.toString());
        assertEquals(below.size(), section.select("svg tspan").stream().filter(t -> t.text().startsWith("低于下限")).count());
        assertTrue(section.text().contains("其中 " + below.size() + " 个低于比例下限"), section.text());
    }
}
