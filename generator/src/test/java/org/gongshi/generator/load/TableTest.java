package org.gongshi.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongshi.generator.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableTest {

    private static final Headers HEADERS = Headers.of(Map.of(
            "name", List.of("姓名"),
            "amount_paid_yuan", List.of("实发金额", "实发金额(元)", "实发工资")));
    private static final Set<String> REQUIRED = Set.of("name");

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void readsRowsWithTheirLineNumbersAndTrimmedCells() throws IOException {
        Table table = read("姓名,实发金额（元）\n 张三 ,2400.50\n\n李四,\n").orElseThrow();

        assertEquals(Set.of("name", "amount_paid_yuan"), table.columns());
        assertEquals(List.of(
                new Table.Row(2, Map.of("name", "张三", "amount_paid_yuan", "2400.50")),
                new Table.Row(4, Map.of("name", "李四", "amount_paid_yuan", ""))), table.rows());
        assertTrue(problems.isEmpty());
    }

    @Test
    void givesAShortRowEmptyCells() throws IOException {
        Table table = read("姓名,实发金额\n张三\n").orElseThrow();

        assertEquals("", table.rows().get(0).get("amount_paid_yuan"));
    }

    @Test
    void ignoresTheColumnsOfThePrintedSheet() throws IOException {
        Table table = read("序号,姓名,本人签字,备注\n1,张三,,已发\n").orElseThrow();

        assertEquals(List.of(new Table.Row(2, Map.of("name", "张三"))), table.rows());
        assertTrue(problems.isEmpty());
    }

    @Test
    void keepsCommasInsideQuotes() throws IOException {
        Table table = read("姓名,实发金额\n张三,\"2,400.50\"\n").orElseThrow();

        assertEquals("2,400.50", table.rows().get(0).get("amount_paid_yuan"));
    }

    @Test
    void keepsLineBreaksInsideQuotesAndCountsTheLinesAfterThem() throws IOException {
        Table table = read("姓名,实发金额\n\"张\n三\",1\n李四,2\n").orElseThrow();

        assertEquals("张\n三", table.rows().get(0).get("name"));
        assertEquals(new Table.Row(4, Map.of("name", "李四", "amount_paid_yuan", "2")), table.rows().get(1));
    }

    @Test
    void numbersARowSpanningTwoLinesByTheLineItStartsOn() throws IOException {
        Table table = read("姓名,实发金额\n\"张\n三\",1\n李四,2\n").orElseThrow();

        assertEquals(2, table.rows().get(0).line());
    }

    @Test
    void readsAFileWithAByteOrderMarkLikeOneWithout() throws IOException {
        Path withBom = dir.resolve("bom.csv");
        Files.write(withBom, ("\uFEFF姓名\n张三\n").getBytes(StandardCharsets.UTF_8));

        Table table = Table.read(withBom, HEADERS, REQUIRED, problems).orElseThrow();

        assertEquals(Set.of("name"), table.columns());
        assertEquals("张三", table.rows().get(0).get("name"));
        assertTrue(problems.isEmpty());
    }

    @Test
    void rejectsAnUnknownColumnNamingIt() throws IOException {
        assertEquals(Optional.empty(), read("姓名,奖金\n张三,100\n"));
        assertEquals(List.of("t.csv:1: 奖金: 无法识别的列名，请对照 content/README.md 中的列名"), lines());
    }

    @Test
    void rejectsAMissingRequiredColumnByItsUsualChineseName() throws IOException {
        assertEquals(Optional.empty(), read("实发金额\n2400.50\n"));
        assertEquals(List.of("t.csv:1: 姓名: 表头缺少这一列"), lines());
    }

    @Test
    void rejectsTwoHeadersForOneColumnNamingBoth() throws IOException {
        assertEquals(Optional.empty(), read("姓名,实发金额,实发工资\n张三,1,1\n"));
        assertEquals(List.of("t.csv:1: 实发工资: 与“实发金额”是同一列，只能保留一列"), lines());
    }

    @Test
    void findsTheHeaderBelowBlankLines() throws IOException {
        Table table = read("\n,\n姓名\n张三\n").orElseThrow();

        assertEquals(List.of(new Table.Row(4, Map.of("name", "张三"))), table.rows());
        assertEquals(3, table.headerLine());
    }

    @Test
    void skipsATitleMergedAcrossTheSheetAndABlankRowAboveTheHeader() throws IOException {
        Table table = read("某某项目劳务报酬发放台账,,\n,,\n姓名,实发金额\n张三,2400.50\n").orElseThrow();

        assertEquals(List.of(new Table.Row(4, Map.of("name", "张三", "amount_paid_yuan", "2400.50"))), table.rows());
        assertTrue(problems.isEmpty());
    }

    @Test
    void ignoresBlankTrailingRows() throws IOException {
        Table table = read("姓名\n张三\n,\n\n,,,\n").orElseThrow();

        assertEquals(1, table.rows().size());
        assertTrue(problems.isEmpty());
    }

    @Test
    void rejectsASheetWithoutARecognisableHeaderNamingItsFirstRow() throws IOException {
        assertEquals(Optional.empty(), read("\n劳务报酬发放台账\n名单,钱\n"));
        assertEquals(List.of("t.csv:2: : 找不到表头：没有一行写有可识别的列名（如 姓名、身份证号），请对照 content/README.md 中的列名"), lines());
    }

    @Test
    void setsATotalsRowApartFromTheDataRows() throws IOException {
        Table table = read("序号,姓名,实发金额\n1,张三,100\n2,李四,200\n合计,,300\n").orElseThrow();

        assertEquals(2, table.rows().size());
        assertEquals(List.of(new Table.Totals(new Table.Row(4, Map.of("name", "", "amount_paid_yuan", "300")), "合计", 0, 2)),
                table.totals());
    }

    @Test
    void recognisesATotalsRowByItsNameCellAndSpacedOutWord() throws IOException {
        Table table = read("序号,姓名,实发金额\n1,张三,100\n3,合  计,100\n").orElseThrow();

        assertEquals(1, table.rows().size());
        assertEquals("合计", table.totals().get(0).word());
    }

    @Test
    void letsEachSubtotalSumTheRowsSinceThePreviousOne() throws IOException {
        Table table = read("姓名,实发金额\n张三,1\n李四,2\n小计,3\n王五,4\n小计,4\n总计,7\n").orElseThrow();

        assertEquals(List.of(List.of(0, 2), List.of(2, 3), List.of(0, 3)),
                table.totals().stream().map(t -> List.of(t.from(), t.to())).toList());
    }

    @Test
    void rejectsAnythingBelowTheTotalsRow() throws IOException {
        assertEquals(Optional.empty(), read("姓名,实发金额\n张三,1\n合计,1\n制表人：王五,\n"));
        assertEquals(List.of("t.csv:4: : 合计行下面不应再有内容；台账应以合计行结束，签字、备注等请另行保存"), lines());
    }

    @Test
    void rejectsACellWithoutAColumnNamingItsRowAndPosition() throws IOException {
        assertEquals(Optional.empty(), read("姓名,实发金额\n张三,1\n李四,2,5月补发\n"));
        assertEquals(List.of("t.csv:3: 第 3 列: 这一列没有列名，却填了内容；请补上列名或删去这一格"), lines());
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        assertEquals(Optional.empty(), read(""));
        assertEquals(List.of("t.csv:1: : 文件是空的，至少应有表头一行"), lines());
    }

    @Test
    void rejectsAnUnclosedQuote() throws URISyntaxException {
        Path file = resource("/csv/roster-unclosed-quote.csv");

        assertEquals(Optional.empty(), Table.read(file, ROSTER_HEADERS, Set.of(), problems));
        assertEquals(1, problems.size());
        assertTrue(problems.sorted().get(0).message().startsWith("CSV 格式错误（从这一行开始）：Missing closing quote"),
                problems.sorted().get(0).message());
    }

    @Test
    void reportsAnUnclosedQuoteAtTheLineWhereTheQuoteOpens() throws URISyntaxException {
        Path file = resource("/csv/roster-unclosed-quote.csv");

        Table.read(file, ROSTER_HEADERS, Set.of(), problems);

        assertEquals(3, problems.sorted().get(0).line());
    }

    /** The roster's own header names, so the roster fixture's header is recognised. */
    private static final Headers ROSTER_HEADERS = Headers.of(Map.of(
            "name", List.of("姓名"), "id_number", List.of("身份证号"), "village_group", List.of("村组"),
            "phone", List.of("联系电话"), "bank", List.of("开户银行"), "card_number", List.of("银行卡号"),
            "group", List.of("人员类别"), "job", List.of("工种")));

    private Optional<Table> read(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("t.csv"), text);
        return Table.read(file, HEADERS, REQUIRED, problems);
    }

    private List<String> lines() {
        return ProblemLines.of(problems);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(TableTest.class.getResource(name).toURI());
    }
}
