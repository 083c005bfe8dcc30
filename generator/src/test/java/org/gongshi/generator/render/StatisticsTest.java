package org.gongshi.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.model.Money;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class StatisticsTest {

    /** {@code count} projects planning {@code laborFen} of their 10,000,000 fen central funds as labor. */
    private static List<PublicProject> projects(int count, long laborFen, int floor, int firstNumber) {
        List<PublicProject> projects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            projects.add(TestProjects.underConstruction(String.format("2025-QH-%04d", firstNumber + i), "项目" + i, new Money(laborFen), floor));
        }
        return projects;
    }

    @Test
    void upToOneHundredProjectsGetOneBarEachWithTheirFloorMarked() {
        List<PublicProject> projects = new ArrayList<>(projects(99, 2_000_000, 15, 1));
        projects.addAll(projects(1, 1_200_000, 15, 100));
        Statistics.Figure figure = Statistics.laborShare(projects);
        Document svg = Jsoup.parse(figure.svg(), "", Parser.xmlParser());
        assertEquals(100, svg.select("line.marker").size());
        assertEquals(List.of("低于下限 15%"), svg.select("tspan").eachText());
        assertEquals(100, figure.shown().rows().size());
        assertEquals(figure.table(), figure.shown());
    }

    @Test
    void moreThanOneHundredProjectsAreCountedInFivePointBandsButTheCsvKeepsOneRowEach() {
        List<PublicProject> projects = new ArrayList<>(projects(90, 2_000_000, 15, 1)); // 20.00%
        projects.addAll(projects(10, 1_499_900, 15, 91)); // 14.99%, below 15
        projects.addAll(projects(1, 3_100_000, 30, 101)); // 31.00%
        Statistics.Figure figure = Statistics.laborShare(projects);
        assertEquals(101, figure.table().rows().size());
        List<List<String>> bands = figure.shown().pageCells();
        assertEquals(List.of("0%–5%", "0", "0", ""), bands.get(0));
        assertEquals(List.of("10%–15%", "10", "10", ""), bands.get(2));
        assertEquals(List.of("15%–20%", "0", "0", "15%"), bands.get(3));
        assertEquals(List.of("20%–25%", "90", "0", ""), bands.get(4));
        assertEquals(List.of("30%–35%", "1", "0", "30%"), bands.get(6));
        assertEquals(7, bands.size());
        assertTrue(figure.notes().stream().anyMatch(n -> n.contains("CSV 文件仍是每个项目一行")), figure.notes().toString());
        Document svg = Jsoup.parse(figure.svg(), "", Parser.xmlParser());
        assertEquals(List.of("比例下限 15%", "比例下限 30%"), svg.select("tspan").eachText());
        assertTrue(svg.select("text").eachText().containsAll(List.of("项目数", "其中低于下限", "90 个", "10 个")));
    }
}
