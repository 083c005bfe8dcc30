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

class CsvTableTest {

    private static final Map<String, String> ALIASES = CsvTable.aliases(Map.of(
            "name", List.of("姓名"),
            "amount_paid_yuan", List.of("实发金额", "实发金额(元)")));
    private static final Set<String> REQUIRED = Set.of("name");

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void normalizesHeadersAsExcelUsersTypeThem() {
        assertEquals("实发金额(元)", CsvTable.normalizeHeader("实发金额（元）"));
        assertEquals("实发金额(元)", CsvTable.normalizeHeader(" 实发金额 (元) "));
        assertEquals("实发金额(元)", CsvTable.normalizeHeader("实发金额\u3000(元)"));
        assertEquals("amount_paid_fen", CsvTable.normalizeHeader("Amount_Paid_Fen"));
    }

    @Test
    void mapsChineseEnglishAndFullwidthHeadersToOneCanonicalColumn() {
        assertEquals("amount_paid_yuan", ALIASES.get(CsvTable.normalizeHeader("实发金额（元）")));
        assertEquals("amount_paid_yuan", ALIASES.get(CsvTable.normalizeHeader("实发金额")));
        assertEquals("amount_paid_yuan", ALIASES.get(CsvTable.normalizeHeader("amount_paid_yuan")));
        assertEquals("name", ALIASES.get(CsvTable.normalizeHeader("姓名")));
    }

    @Test
    void readsRowsWithTheirLineNumbersAndTrimmedCells() throws IOException {
        CsvTable table = read("姓名,实发金额（元）\n 张三 ,2400.50\n\n李四,\n").orElseThrow();

        assertEquals(Set.of("name", "amount_paid_yuan"), table.columns());
        assertEquals(List.of(
                new CsvTable.Row(2, Map.of("name", "张三", "amount_paid_yuan", "2400.50")),
                new CsvTable.Row(4, Map.of("name", "李四", "amount_paid_yuan", ""))), table.rows());
        assertTrue(problems.isEmpty());
    }

    @Test
    void givesAShortRowEmptyCells() throws IOException {
        CsvTable table = read("姓名,实发金额\n张三\n").orElseThrow();

        assertEquals("", table.rows().get(0).get("amount_paid_yuan"));
    }

    @Test
    void ignoresASerialNumberColumn() throws IOException {
        CsvTable table = read("序号,姓名\n1,张三\n").orElseThrow();

        assertEquals(List.of(new CsvTable.Row(2, Map.of("name", "张三"))), table.rows());
        assertTrue(problems.isEmpty());
    }

    @Test
    void keepsCommasInsideQuotes() throws IOException {
        CsvTable table = read("姓名,实发金额\n张三,\"2,400.50\"\n").orElseThrow();

        assertEquals("2,400.50", table.rows().get(0).get("amount_paid_yuan"));
    }

    @Test
    void keepsLineBreaksInsideQuotesAndCountsTheLinesAfterThem() throws IOException {
        CsvTable table = read("姓名,实发金额\n\"张\n三\",1\n李四,2\n").orElseThrow();

        assertEquals("张\n三", table.rows().get(0).get("name"));
        assertEquals(new CsvTable.Row(4, Map.of("name", "李四", "amount_paid_yuan", "2")), table.rows().get(1));
    }

    @Test
    void numbersARowSpanningTwoLinesByTheLineItStartsOn() throws IOException {
        CsvTable table = read("姓名,实发金额\n\"张\n三\",1\n李四,2\n").orElseThrow();

        assertEquals(2, table.rows().get(0).line());
    }

    @Test
    void readsAFileWithAByteOrderMarkLikeOneWithout() throws IOException {
        Path withBom = dir.resolve("bom.csv");
        Files.write(withBom, ("\uFEFF姓名\n张三\n").getBytes(StandardCharsets.UTF_8));

        CsvTable table = CsvTable.read(withBom, ALIASES, REQUIRED, problems).orElseThrow();

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
    void rejectsAMissingRequiredColumn() throws IOException {
        assertEquals(Optional.empty(), read("实发金额\n2400.50\n"));
        assertEquals(List.of("t.csv:1: name: 表头缺少这一列"), lines());
    }

    @Test
    void rejectsTwoHeadersForOneColumn() throws IOException {
        assertEquals(Optional.empty(), read("姓名,name\n张三,张三\n"));
        assertEquals(List.of("t.csv:1: name: 列重复"), lines());
    }

    @Test
    void findsTheHeaderBelowBlankLines() throws IOException {
        CsvTable table = read("\n,\n姓名\n张三\n").orElseThrow();

        assertEquals(List.of(new CsvTable.Row(4, Map.of("name", "张三"))), table.rows());
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        assertEquals(Optional.empty(), read(""));
        assertEquals(List.of("t.csv:1: : 文件是空的，至少应有表头一行"), lines());
    }

    @Test
    void rejectsAnUnclosedQuote() throws URISyntaxException {
        Path file = resource("/csv/roster-unclosed-quote.csv");

        assertEquals(Optional.empty(), CsvTable.read(file, RosterAliases.ALIASES, Set.of(), problems));
        assertEquals(1, problems.size());
        assertTrue(problems.sorted().get(0).message().startsWith("CSV 格式错误（从这一行开始）：Missing closing quote"),
                problems.sorted().get(0).message());
    }

    @Test
    void reportsAnUnclosedQuoteAtTheLineWhereTheQuoteOpens() throws URISyntaxException {
        Path file = resource("/csv/roster-unclosed-quote.csv");

        CsvTable.read(file, RosterAliases.ALIASES, Set.of(), problems);

        assertEquals(3, problems.sorted().get(0).line());
    }

    /** The roster's own header names, so the roster fixture's header is recognised. */
    private static final class RosterAliases {
        static final Map<String, String> ALIASES = CsvTable.aliases(Map.of(
                "name", List.of("姓名"), "id_number", List.of("身份证号"), "village_group", List.of("村组"),
                "phone", List.of("联系电话"), "bank", List.of("开户银行"), "card_number", List.of("银行卡号"),
                "group", List.of("人员类别"), "job", List.of("工种")));
    }

    private Optional<CsvTable> read(String text) throws IOException {
        Path file = Files.writeString(dir.resolve("t.csv"), text);
        return CsvTable.read(file, ALIASES, REQUIRED, problems);
    }

    private List<String> lines() {
        return problems.sorted().stream()
                .map(p -> p.file().getFileName() + ":" + p.line() + ": " + p.field() + ": " + p.message())
                .toList();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(CsvTableTest.class.getResource(name).toURI());
    }
}
