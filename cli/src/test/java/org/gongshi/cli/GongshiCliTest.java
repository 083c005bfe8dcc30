package org.gongshi.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real commands, run in-process as {@code main} would run them, on real files. */
class GongshiCliTest {

    private static final Path CONTENT = Path.of("../content");
    private static final Path TEMPLATES = Path.of("../templates");

    @Test
    void checkAcceptsTheEmbeddedContent() {
        CliRun run = CliRun.run("check", "--content", CONTENT.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("内容检查通过"));
    }

    @Test
    void checkNamesFileLineAndFieldOfEveryProblemAndExitsOne(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        SourceDirs.copyTree(CONTENT, content);
        Path project = content.resolve("projects/2025-QH-0002/project.json");
        Files.writeString(project, Files.readString(project)
                .replace("\"centralFundsFen\": ", "\"centralFundsFen\": -")
                .replace("\"area\": \"农村公益性基础设施\"", "\"area\": \"农村基础设施\""));
        CliRun run = CliRun.run("check", "--content", content.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(project + ":"), run.err());
        assertTrue(run.err().contains(": centralFundsFen: 金额不能为负数"), run.err());
        assertTrue(run.err().contains(": area: 未知的取值“农村基础设施”"), run.err());
    }

    @Test
    void aFailedBuildLeavesThePublishedSiteUntouched(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        SourceDirs.copyTree(CONTENT, content);
        Path out = dir.resolve("out");
        CliRun first = CliRun.run("build", "--content", content.toString(), "--templates", TEMPLATES.toString(), "--out", out.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("完成："), first.out());
        Path notice = out.resolve("site/p/2025-QH-0002/index.html");
        String published = Files.readString(notice);
        assertTrue(Files.isDirectory(out.resolve("search-index")));

        Path wages = content.resolve("projects/2025-QH-0002/wages.csv");
        Files.writeString(wages, Files.readString(wages) + "不在名册,419921199001011234,2025-09,3,450.00,450.00,2025-10-10,是,是\n");
        CliRun second = CliRun.run("build", "--content", content.toString(), "--templates", TEMPLATES.toString(), "--out", out.toString());
        assertEquals(1, second.exit());
        assertTrue(second.err().contains(wages + ":"), second.err());
        assertEquals(published, Files.readString(notice));
        try (Stream<Path> entries = Files.list(out)) {
            assertFalse(entries.anyMatch(p -> p.getFileName().toString().startsWith(".staging")), "no staging left behind");
        }
    }

    @Test
    void verifyNamesTheOneTamperedFileOfADeployedCopyOfARealBuild(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Path content = dir.resolve("content");
        SourceDirs.copyTree(CONTENT, content);
        CliRun build = CliRun.run("build", "--content", content.toString(), "--templates", TEMPLATES.toString(), "--out", out.toString());
        assertEquals(0, build.exit(), build.err());
        Path deployed = dir.resolve("www");
        // Deployed as the README says: what out/site links to, not the link.
        SourceDirs.copyTree(out.resolve("site").toRealPath(), deployed);
        assertEquals(0, CliRun.run("verify", "--site", deployed.toString(), "--out", out.toString()).exit(), "an untouched copy matches");

        Path notice = deployed.resolve("p/2023-QH-0012/index.html");
        Files.writeString(notice, Files.readString(notice).replace("沙河镇王楼村", "沙河镇王家村"));
        CliRun verify = CliRun.run("verify", "--site", deployed.toString(), "--out", out.toString());

        assertEquals(1, verify.exit(), verify.out());
        assertTrue(verify.out().contains("已改动 /p/2023-QH-0012/index.html"), verify.out());
        assertEquals(1, verify.out().lines().filter(line -> line.contains("/p/")).count(), "nothing else is named: " + verify.out());
    }

    @Test
    void sampleWritesContentThatPassesCheck(@TempDir Path dir) {
        Path content = dir.resolve("sample");
        CliRun sample = CliRun.run("sample", "--projects", "30", "--out", content.toString(), "--seed", "7");
        assertEquals(0, sample.exit(), sample.err());
        CliRun check = CliRun.run("check", "--content", content.toString());
        assertEquals(0, check.exit(), check.err());
    }

    @Test
    void unknownOptionsAreAUsageError() {
        assertEquals(2, CliRun.run("build", "--no-such-option").exit());
        assertEquals(2, CliRun.run("sample", "--out", "x").exit(), "--projects is required");
    }

    @Test
    void exportedComplaintFiguresAppearOnTheNoticePageAfterTheNextBuild(@TempDir Path dir) throws Exception {
        Path content = dir.resolve("content");
        SourceDirs.copyTree(CONTENT, content);
        Files.delete(content.resolve("complaints/ledger.json"));
        Path data = dir.resolve("data");
        java.time.Instant received = java.time.Instant.parse("2026-10-02T02:00:00Z");
        try (org.gongshi.server.store.Database database = org.gongshi.server.store.Database.open(
                org.gongshi.server.store.Database.sqliteUrl(data))) {
            var store = new org.gongshi.server.store.ComplaintStore(database);
            long id = store.file(new org.gongshi.server.store.NewComplaint("n1", "r1", "2025-qh-0002",
                    org.gongshi.server.store.ComplaintKind.WAGE, "举报人李四：九月工资未发", "", false, received)).id();
            store.file(new org.gongshi.server.store.NewComplaint("n2", "r2", "2025-QH-0002",
                    org.gongshi.server.store.ComplaintKind.QUALITY, "路面开裂", "", true, received));
            store.change(new org.gongshi.server.store.StatusChange(id, "李科员",
                    org.gongshi.server.store.ComplaintStatus.CLOSED, "经核实，九月工资已于10月8日补发。", "电话回访",
                    received.plusSeconds(6 * 86_400)));
        }
        Path ledger = content.resolve("complaints/ledger.json");

        CliRun export = CliRun.run("complaints", "export", "--data", data.toString(), "--out", ledger.toString());
        assertEquals(0, export.exit(), export.err());
        assertTrue(export.out().contains("已导出 2 件举报"), export.out());
        Path out = dir.resolve("build");
        CliRun build = CliRun.run("build", "--content", content.toString(), "--templates", TEMPLATES.toString(), "--out", out.toString());
        assertEquals(0, build.exit(), build.err());

        String page = Files.readString(out.resolve("site/p/2025-QH-0002/index.html"));
        assertTrue(page.contains("共 2 件"), page);
        assertTrue(page.contains("办结用时中位数 6 天"), page);
        assertTrue(page.contains("经核实，九月工资已于10月8日补发。"), page);
        assertFalse(page.contains("李四"));
        assertFalse(page.contains("电话回访"));
        assertFalse(page.contains("李科员"));
        assertTrue(Files.readString(out.resolve("site/complaints/index.html")).contains("2025-QH-0002"));
    }

    @Test
    void exportingFromAMissingDataFolderSaysWhereItLooked(@TempDir Path dir) {
        CliRun export = CliRun.run("complaints", "export", "--data", dir.resolve("nowhere").toString(),
                "--out", dir.resolve("ledger.json").toString());
        assertEquals(1, export.exit());
        assertTrue(export.err().contains("没有找到举报数据库"), export.err());
        assertFalse(Files.exists(dir.resolve("ledger.json")));
    }

    @Test
    void checkCodesWritesEachRosterWorkersCodeForPaySlipsAndNeedsASecretOnARealSite(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("codes.csv");
        CliRun run = CliRun.run("check-codes", "--content", CONTENT.toString(), "--out", csv.toString());
        assertEquals(0, run.exit(), run.err());

        List<String> lines = Files.readAllLines(csv);
        assertEquals("\uFEFF项目编号,姓名,身份证号后4位,村组,核对码", lines.get(0));
        long rosterRows;
        try (var rosters = Files.walk(CONTENT.resolve("projects"))) {
            rosterRows = rosters.filter(f -> f.getFileName().toString().equals("roster.csv")).mapToLong(f -> {
                try {
                    return Files.readAllLines(f).stream().skip(1).filter(l -> !l.isBlank()).count();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).sum();
        }
        assertEquals(rosterRows, lines.size() - 1);
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.matches("\\d{4}-QH-\\d{4},[^,]+,\\d{3}[\\dX],[^,]+,[2-9A-HJ-NP-Z]{5}"), line);
        }
        assertTrue(run.out().contains("请勿公开"), run.out());

        Path content = dir.resolve("content");
        SourceDirs.copyTree(CONTENT, content);
        Path site = content.resolve("site.json");
        Files.writeString(site, Files.readString(site).replace("\"sample\": true", "\"sample\": false"));
        CliRun real = CliRun.run("check-codes", "--content", content.toString(), "--out", dir.resolve("real.csv").toString());
        assertEquals(1, real.exit());
        assertTrue(real.err().contains("没有设置核对码密钥"), real.err());
    }
}
