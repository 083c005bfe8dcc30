package org.gongshi.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongshi.generator.Problems;
import org.gongshi.generator.model.ComplaintCounts;
import org.gongshi.generator.model.ComplaintLedger;
import org.gongshi.generator.model.LabelCount;
import org.gongshi.generator.model.PublicReply;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComplaintLedgerReaderTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    private static final String NOTHING = """
            "total": 0, "byKind": [], "byStatus": [], "medianDaysToClose": null, "replies": []""";

    @Test
    void readsTheExportedLedgerInItsOrder() throws IOException {
        ComplaintLedger ledger = read("""
                {
                  "generated": "2026-11-20T08:00:00Z",
                  "projects": [
                    {
                      "code": "2023-QH-0001",
                      "total": 3,
                      "byKind": [{"label": "拖欠或克扣工资", "count": 2}, {"label": "公示信息不实", "count": 0}, {"label": "工程质量", "count": 1}, {"label": "其他", "count": 0}],
                      "byStatus": [{"label": "待受理", "count": 0}, {"label": "已受理", "count": 1}, {"label": "办理中", "count": 0}, {"label": "已办结", "count": 2}, {"label": "不予受理", "count": 0}],
                      "medianDaysToClose": 12.5,
                      "replies": [{"received": "2026-10-02", "kind": "拖欠或克扣工资", "status": "已办结", "closed": "2026-10-15", "reply": "经核实……已补发。"},
                                  {"received": "2026-10-09", "kind": "工程质量", "status": "已受理", "closed": null, "reply": "已转镇政府核查。"}]
                    }
                  ],
                  "unassigned": {"total": 1, "byKind": [{"label": "其他", "count": 1}], "byStatus": [{"label": "待受理", "count": 1}], "medianDaysToClose": null, "replies": []}
                }
                """).orElseThrow();

        assertEquals(List.of(), lines());
        assertEquals(Instant.parse("2026-11-20T08:00:00Z"), ledger.generated());
        ComplaintCounts p = ledger.projects().get(0).complaints();
        assertEquals("2023-QH-0001", ledger.projects().get(0).code());
        assertEquals(3, p.total());
        assertEquals(List.of(new LabelCount("拖欠或克扣工资", 2), new LabelCount("公示信息不实", 0),
                new LabelCount("工程质量", 1), new LabelCount("其他", 0)), p.byKind());
        assertEquals("已办结", p.byStatus().get(3).label());
        assertEquals(Optional.of(new BigDecimal("12.5")), p.medianDaysToClose());
        assertEquals(List.of(
                new PublicReply(LocalDate.of(2026, 10, 2), "拖欠或克扣工资", "已办结", Optional.of(LocalDate.of(2026, 10, 15)), "经核实……已补发。"),
                new PublicReply(LocalDate.of(2026, 10, 9), "工程质量", "已受理", Optional.empty(), "已转镇政府核查。")), p.replies());
        assertEquals(1, ledger.unassigned().total());
        assertEquals(Optional.empty(), ledger.unassigned().medianDaysToClose());
    }

    @Test
    void acceptsALedgerWithNoComplaintsAtAll() throws IOException {
        ComplaintLedger ledger = read("{\"generated\": \"2026-11-20T08:00:00Z\", \"projects\": [], \"unassigned\": {" + NOTHING + "}}")
                .orElseThrow();

        assertEquals(List.of(), lines());
        assertEquals(List.of(), ledger.projects());
        assertEquals(ComplaintCounts.NONE, ledger.unassigned());
    }

    @Test
    void reportsMissingProjectsAndUnassignedAndABadExportTime() throws IOException {
        read("{\n  \"generated\": \"2026-11-20 08:00\"\n}");

        assertEquals(List.of(
                "ledger.json:1: projects: 缺少必填字段",
                "ledger.json:1: unassigned: 缺少必填字段（没有未指明项目的举报时写 total 为 0）",
                "ledger.json:2: generated: 时间无效：“2026-11-20 08:00”，应写作 2026-11-20T08:00:00Z 这样的时间"), lines());
    }

    @Test
    void reportsANegativeCountAnUnknownLabelAndAMalformedDateWithTheirLines() throws IOException {
        read("""
                {
                  "generated": "2026-11-20T08:00:00Z",
                  "projects": [
                    {
                      "code": "2023-QH-0001",
                      "total": -1,
                      "byKind": [{"label": "拖欠工资", "count": -2}],
                      "byStatus": [],
                      "medianDaysToClose": 12.55,
                      "replies": [{"received": "2026-10-32", "kind": "其他", "status": "已办结", "reply": ""}]
                    }
                  ],
                  "unassigned": {%s}
                }
                """.formatted(NOTHING));

        assertEquals(List.of(
                "ledger.json:6: projects.0.total: 应为 0 到 1000000 之间的整数，实际是 -1",
                "ledger.json:7: projects.0.byKind.0.label: 未知的取值“拖欠工资”，可选：拖欠或克扣工资、公示信息不实、工程质量、其他",
                "ledger.json:7: projects.0.byKind.0.count: 应为 0 到 1000000 之间的整数，实际是 -2",
                "ledger.json:9: projects.0.medianDaysToClose: 应为不小于 0、最多 1 位小数的数字（或 null），实际是 12.55",
                "ledger.json:10: projects.0.replies.0.received: 日期无效：“2026-10-32”，应写作 2024-05-01 这样的有效日期",
                "ledger.json:10: projects.0.replies.0.reply: 缺少必填字段"), lines());
    }

    @Test
    void anAbsentLedgerIsNoLedgerAndNoProblem() throws IOException {
        Files.writeString(dir.resolve("site.json"), "{}");
        Files.createDirectories(dir.resolve("projects"));

        LoadedContent content = ContentLoader.load(dir, new Problems());

        assertEquals(Optional.empty(), content.complaints());
    }

    @Test
    void theContentLoaderReadsTheLedgerBesideTheProjects() throws IOException {
        Files.createDirectories(dir.resolve("complaints"));
        Files.writeString(dir.resolve("complaints/ledger.json"),
                "{\"generated\": \"2026-11-20T08:00:00Z\", \"projects\": [], \"unassigned\": {" + NOTHING + "}}");
        Files.createDirectories(dir.resolve("projects"));

        LoadedContent content = ContentLoader.load(dir, problems);

        assertTrue(content.complaints().isPresent());
        assertEquals(dir.resolve("complaints/ledger.json"), content.complaints().get().lines().file());
    }

    private Optional<ComplaintLedger> read(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("ledger.json"), json);
        return ComplaintLedgerReader.read(file, problems).map(LoadedLedger::ledger);
    }

    private List<String> lines() {
        return problems.sorted().stream()
                .map(p -> p.file().getFileName() + ":" + p.line() + ": " + p.field() + ": " + p.message())
                .toList();
    }
}
