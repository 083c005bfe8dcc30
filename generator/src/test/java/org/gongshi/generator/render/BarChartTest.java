package org.gongshi.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class BarChartTest {

    private static final List<BarChart.Series> ONE = List.of(new BarChart.Series("务工人数"));
    private static final List<BarChart.Series> TWO = List.of(new BarChart.Series("中央资金"), new BarChart.Series("已发放劳务报酬"));

    private static Document parse(String svg) {
        return Jsoup.parse(svg, "", Parser.xmlParser());
    }

    private static List<Integer> barWidths(Document svg) {
        return svg.select("rect[x=" + BarChart.LABEL_WIDTH + "]").stream().map(r -> Integer.parseInt(r.attr("width"))).toList();
    }

    @Test
    void barLengthsAreProportionalToValuesWithTheLargestFillingTheArea() {
        Document svg = parse(BarChart.svg("w", "人数", ONE, List.of(
                new BarChart.Row("脱贫人口", List.of(new BarChart.Bar(200, "200 人"))),
                new BarChart.Row("监测对象", List.of(new BarChart.Bar(50, "50 人"))),
                new BarChart.Row("其他", List.of(new BarChart.Bar(100, "100 人")))), ""));
        assertEquals(List.of(BarChart.BAR_AREA, BarChart.BAR_AREA / 4, BarChart.BAR_AREA / 2), barWidths(svg));
    }

    @Test
    void everyValueIsWrittenAsTextAndEverySeriesNamedInTheLegend() {
        Document svg = parse(BarChart.svg("y", "各年度", TWO, List.of(
                new BarChart.Row("2023", List.of(new BarChart.Bar(775_000_000, "775.00 万元"), new BarChart.Bar(178_355_500, "178.36 万元")))), ""));
        List<String> texts = svg.select("text").eachText();
        assertTrue(texts.containsAll(List.of("中央资金", "已发放劳务报酬", "2023", "775.00 万元", "178.36 万元")), texts.toString());
        List<String> fills = svg.select("rect[x=" + BarChart.LABEL_WIDTH + "]").eachAttr("fill");
        assertEquals(List.of("#0b4f9c", "url(#y-hatch)"), fills, "the second series is hatched, not just another colour");
        assertTrue(svg.selectFirst("pattern#y-hatch") != null);
    }

    @Test
    void theChartIsAnImageNamedByItsTitle() {
        Element root = parse(BarChart.svg("t", "标题", ONE, List.of(), "")).selectFirst("svg");
        assertEquals("img", root.attr("role"));
        assertEquals("t-title", root.attr("aria-labelledby"));
        assertEquals("标题", root.selectFirst("title#t-title").text());
    }

    @Test
    void textIsEscaped() {
        String svg = BarChart.svg("e", "A&B <图>", ONE, List.of(
                new BarChart.Row("<script>", List.of(new BarChart.Bar(1, "\"1\" & 2")))), "");
        assertTrue(svg.contains("<title id=\"e-title\">A&amp;B &lt;图&gt;</title>"), svg);
        assertTrue(svg.contains("&lt;script&gt;"), svg);
        assertTrue(svg.contains("&quot;1&quot; &amp; 2"), svg);
        assertTrue(!svg.contains("<script>"));
    }

    @Test
    void allZeroValuesDrawEmptyBarsWithTheirLabels() {
        Document svg = parse(BarChart.svg("z", "零", ONE, List.of(
                new BarChart.Row("甲", List.of(new BarChart.Bar(0, "0 人"))),
                new BarChart.Row("乙", List.of(new BarChart.Bar(0, "0 人")))), ""));
        assertEquals(List.of(0, 0), barWidths(svg));
        assertEquals(2, svg.select("text:containsOwn(0 人)").size());
    }

    @Test
    void noRowsSaysThereIsNoData() {
        Document svg = parse(BarChart.svg("n", "空", ONE, List.of(), ""));
        assertTrue(svg.select("text").eachText().contains("暂无数据"));
        assertTrue(barWidths(svg).isEmpty());
    }

    @Test
    void aMarkerIsALineOnTheSameScaleNamedInTheLegendAndTheNoteIsText() {
        Document svg = parse(BarChart.svg("s", "占比", ONE, List.of(
                new BarChart.Row("2022-QH-0009", List.of(new BarChart.Bar(1231, "12.31%")), OptionalLong.of(1500), "低于下限 15%"),
                new BarChart.Row("2023-QH-0001", List.of(new BarChart.Bar(3000, "30.00%")), OptionalLong.of(3000), "")), "比例下限"));
        List<String> markerX = svg.select("line.marker").eachAttr("x1");
        assertEquals(List.of(String.valueOf(BarChart.LABEL_WIDTH + BarChart.BAR_AREA / 2), String.valueOf(BarChart.LABEL_WIDTH + BarChart.BAR_AREA)), markerX);
        assertTrue(svg.select("text").eachText().contains("比例下限"));
        assertEquals("低于下限 15%", svg.selectFirst("tspan").text());
        int valueX = Integer.parseInt(svg.selectFirst("text:containsOwn(12.31%)").attr("x"));
        assertTrue(valueX > BarChart.LABEL_WIDTH + BarChart.BAR_AREA / 2, "the value is written clear of the marker line");
    }

    @Test
    void longLabelsAreCutToFitTheLabelColumn() {
        assertEquals("2023-QH-0001", BarChart.shortLabel("2023-QH-0001"));
        String cut = BarChart.shortLabel("白石镇东陈村农田灌溉机井配套工程");
        assertTrue(cut.endsWith("…") && cut.length() < 13, cut);
    }

    @Test
    void aRowWithTheWrongNumberOfBarsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BarChart.svg("x", "x", TWO,
                List.of(new BarChart.Row("甲", List.of(new BarChart.Bar(1, "1")))), ""));
    }
}
