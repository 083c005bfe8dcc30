package org.gongshi.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.gongshi.generator.ContentTree;
import org.gongshi.generator.Problem;
import org.gongshi.generator.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SiteBuilder#check} over whole content trees: every problem in every file is reported in one run,
 * sorted by file and line, as {@code path:line: field: message}.
 *
 * <p>{@code bad-content/} holds one valid project (2023-QH-0004) and, next to it, projects that each break a
 * few rules; the comment on each expected line says what the fixture does wrong.
 */
class ValidationTest {

    @Test
    void reportsEveryProblemOfEveryProjectAtOnce() throws URISyntaxException {
        Path content = resource("/bad-content");

        List<Problem> problems = SiteBuilder.check(content);

        List<String> expected = List.of(
                // a comma is missing at the end of line 4; the parser notices on line 5
                "projects/2023-QH-0001/project.json:5: : JSON 格式错误",
                // the quote opened on line 3 is never closed
                "projects/2023-QH-0002/roster.csv:3: : CSV 格式错误（从这一行开始）：Missing closing quote",
                // 2023-QH-0003: one bad value in each of several fields, and no builder
                "projects/2023-QH-0003/project.json:1: builder: 缺少必填字段",
                "projects/2023-QH-0003/project.json:8: area: 未知的取值“农村基础设施”",
                "projects/2023-QH-0003/project.json:12: reliefModes.1: 未知的取值“以工代赈”",
                "projects/2023-QH-0003/project.json:18: laborPlannedFen: 不能有小数：12.5",
                "projects/2023-QH-0003/project.json:19: laborPaidFen: 不能为负数：-100",
                "projects/2023-QH-0003/project.json:24: construction.end: 竣工（结束）日期早于开工日期（2023-05-01 至 2023-04-30）",
                "projects/2023-QH-0003/project.json:27: notice.start: 日期无效：“2023-02-30”",
                // folder 2023-QH-0005 holds the code of 2023-QH-0004 (valid, so it reports nothing)
                "projects/2023-QH-0005/project.json:2: code: 与所在目录名“2023-QH-0005”不一致",
                "projects/2023-QH-0005/project.json:2: code: 项目编号“2023-QH-0004”重复",
                // 2023-QH-0006 reuses the 文号 of 2023-QH-0004 and takes a sub-type of another area
                "projects/2023-QH-0006/project.json:7: approvalDocument: 文号“青发改振兴〔2023〕4号”重复",
                "projects/2023-QH-0006/project.json:9: subType: “农村公益性基础设施”下没有子类“绿化”",
                // 2023-QH-0007 was cancelled without a reason
                "projects/2023-QH-0007/project.json:44: lifecycle.1.reason: “撤销”必须写明原因",
                // 2023-QH-0008 paid more than its central funds, and its wages.csv has a column nobody knows. That it
                // is completed without a maintainer is published as a compliance flag, not refused.
                "projects/2023-QH-0008/project.json:18: laborPaidFen: 已发放劳务报酬（400,001.00 元）超过中央资金（400,000.00 元）",
                "projects/2023-QH-0008/wages.csv:1: 奖金: 无法识别的列名",
                // 2023-QH-0009: a wrong check digit and 1990-02-30 in the roster; a third decimal and a stranger
                // in the ledger. Its paid total is not compared with laborPaidFen: one amount could not be read.
                "projects/2023-QH-0009/roster.csv:2: 身份证号: 校验位不正确",
                "projects/2023-QH-0009/roster.csv:3: 身份证号: 出生日期不存在",
                "projects/2023-QH-0009/wages.csv:3: 应发金额: 金额最多保留两位小数（到分）：1200.125",
                "projects/2023-QH-0009/wages.csv:5: 身份证号: 这名务工人员（周强）不在用工名册 roster.csv 中",
                // lower case, and no four-digit serial
                "projects/2023-qh-12/project.json:2: code: 项目编号“2023-qh-12”格式不对");

        assertEquals(expected, matched(content, problems, expected));
    }

    /** cascade-content: the valid 2023-QH-0004 with two impossible dates and an unreadable amount due. */
    private static final List<String> UNREADABLE_VALUES = List.of(
            "projects/2023-QH-0004/project.json:28: notice.end: 日期无效：“2023-10-32”",
            "projects/2023-QH-0004/project.json:50: lifecycle.2.date: 日期无效：“2023-04-31”",
            "projects/2023-QH-0004/wages.csv:2: 应发金额: 金额应为数字，单位元，例如 2400.50：1500.0.0");

    @Test
    void reportsEveryUnreadableValue() throws URISyntaxException {
        Path content = resource("/cascade-content");

        List<Problem> problems = SiteBuilder.check(content);

        List<String> reported = problems.stream().map(p -> prefix(content, p) + p.message()).toList();
        for (String expected : UNREADABLE_VALUES) {
            assertTrue(reported.stream().anyMatch(r -> r.startsWith(expected)), () -> expected + " in " + reported);
        }
    }

    @Test
    void reportsAnUnreadableValueOnlyOnce() throws URISyntaxException {
        Path content = resource("/cascade-content");

        List<Problem> problems = SiteBuilder.check(content);

        assertEquals(UNREADABLE_VALUES, matched(content, problems, UNREADABLE_VALUES));
    }

    @Test
    void namesTheFirstProjectThatUsedADuplicateValue() throws URISyntaxException {
        Path content = resource("/bad-content");

        List<String> duplicates = SiteBuilder.check(content).stream()
                .map(Problem::message).filter(m -> m.contains("重复")).toList();

        assertEquals(2, duplicates.size());
        for (String message : duplicates) {
            assertTrue(message.endsWith(Path.of("projects", "2023-QH-0004", "project.json").toString()), message);
        }
    }

    @Test
    void printsAProblemAsPathLineFieldMessage() {
        assertEquals("projects/2023-QH-0003/project.json:8: area: 未知的取值",
                new Problem(Path.of("projects/2023-QH-0003/project.json"), 8, "area", "未知的取值").toString());
        assertEquals("site.json:1: 找不到 site.json",
                new Problem(Path.of("site.json"), 1, "", "找不到 site.json").toString());
    }

    @Test
    void findsNothingWrongWithACopyOfASampleProject() throws URISyntaxException {
        assertEquals(List.of(), SiteBuilder.check(resource("/clean-content")));
    }

    @Test
    void reportsAPaidTotalThatDisagreesWithTheLedger(@TempDir Path dir) throws Exception {
        Path content = copyOf(resource("/clean-content"), dir);
        Path project = Files.list(content.resolve("projects")).findFirst().orElseThrow().resolve("project.json");
        Files.writeString(project, Files.readString(project).replace("\"laborPaidFen\": 13594250", "\"laborPaidFen\": 13594251"));

        List<Problem> problems = SiteBuilder.check(content);

        assertEquals(List.of("laborPaidFen: 已发放劳务报酬写的是 135,942.51 元，工资发放台账 wages.csv 实发合计 135,942.50 元，两者应一致"),
                problems.stream().map(p -> p.field() + ": " + p.message()).toList());
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        ContentTree.copy(from, to);
        return to;
    }

    @Test
    void findsNothingWrongWithTheEmbeddedSampleContent() {
        assertEquals(List.of(), SiteBuilder.check(Path.of("../content")));
    }

    /**
     * Each problem as {@code path:line: field: } and then, when the expected line at the same place has the same
     * prefix and the message contains that line's key words, those key words; otherwise the whole message, so a
     * failure shows what was reported.
     */
    private static List<String> matched(Path content, List<Problem> problems, List<String> expected) {
        return IntStream.range(0, problems.size()).mapToObj(i -> {
            Problem p = problems.get(i);
            String prefix = prefix(content, p);
            String wanted = i < expected.size() ? expected.get(i) : "";
            return wanted.startsWith(prefix) && p.message().contains(wanted.substring(prefix.length()))
                    ? wanted : prefix + p.message();
        }).toList();
    }

    /** {@code path:line: field: } with the path relative to the content folder. */
    private static String prefix(Path content, Problem p) {
        return content.relativize(p.file()).toString().replace('\\', '/') + ":" + p.line() + ": " + p.field() + ": ";
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ValidationTest.class.getResource(name).toURI());
    }
}
