package org.gongshi.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongshi.generator.Problems;
import org.gongshi.generator.model.Worker;
import org.gongshi.generator.model.WorkerGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterReaderTest {

    private static final Worker ZHANG_SAN = new Worker("张三", "419923197503120013", "东陈村一组", "13812345678",
            "中国农业银行", "6222021000000000017", WorkerGroup.LIFTED_OUT_OF_POVERTY, "普工");
    private static final Worker OUYANG_XIAOMING = new Worker("欧阳小明", "11010519491231002X", "东陈村二组", "13912345678",
            "青禾农村商业银行", "6222021000000000025", WorkerGroup.OTHER, "砌筑工");

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void readsARosterExportedWithAByteOrderMark() throws URISyntaxException {
        RosterReader.Roster roster = RosterReader.read(resource("/csv/roster-bom.csv"), problems).orElseThrow();

        assertEquals(List.of(ZHANG_SAN, OUYANG_XIAOMING), roster.workers());
        assertEquals(List.of(2, 3), roster.lines());
        assertTrue(problems.isEmpty());
    }

    @Test
    void readsTheSameRosterWithoutAByteOrderMark() throws URISyntaxException {
        RosterReader.Roster roster = RosterReader.read(resource("/csv/roster-no-bom.csv"), problems).orElseThrow();

        assertEquals(List.of(ZHANG_SAN, OUYANG_XIAOMING), roster.workers());
        assertTrue(problems.isEmpty());
    }

    @Test
    void readsEnglishHeadersRemovingSpacesFromCardNumbersAndUppercasingTheX() throws URISyntaxException {
        RosterReader.Roster roster = RosterReader.read(resource("/csv/roster-english.csv"), problems).orElseThrow();

        assertEquals(List.of(ZHANG_SAN, OUYANG_XIAOMING), roster.workers());
        assertTrue(problems.isEmpty());
    }

    @Test
    void acceptsAnEmptyBankButNoOtherEmptyCell() throws IOException {
        RosterReader.Roster roster = read("""
                姓名,身份证号,村组,联系电话,开户银行,银行卡号,人员类别,工种
                张三,419923197503120013,东陈村一组,,,6222021000000000017,脱贫人口,普工
                """);

        assertEquals("", roster.workers().get(0).bank());
        assertEquals(List.of("roster.csv:2: 联系电话: 不能为空"), lines());
    }

    @Test
    void namesTheGroupsWhenAGroupIsUnknown() throws IOException {
        RosterReader.Roster roster = read("""
                姓名,身份证号,村组,联系电话,开户银行,银行卡号,人员类别,工种
                张三,419923197503120013,东陈村一组,13812345678,中国农业银行,6222021000000000017,贫困户,普工
                """);

        assertEquals(WorkerGroup.OTHER, roster.workers().get(0).group());
        assertEquals(List.of("roster.csv:2: 人员类别: 未知的人员类别“贫困户”，可选：脱贫人口、监测对象、低收入人口、其他"), lines());
    }

    @Test
    void acceptsTheOtherSpellingsOfficesUse() throws IOException {
        RosterReader.Roster roster = read("""
                名字,公民身份号码,所在村组,手机号码,开户行,银行账号,类别,岗位
                张三,419923197503120013,东陈村一组,13812345678,中国农业银行,6222021000000000017,脱贫人口,普工
                """);

        assertEquals(List.of(ZHANG_SAN), roster.workers());
        assertTrue(problems.isEmpty());
    }

    @Test
    void requiresEveryColumnButTheBank() throws IOException {
        Files.writeString(dir.resolve("roster.csv"), "姓名,身份证号\n张三,419923197503120013\n");

        assertTrue(RosterReader.read(dir.resolve("roster.csv"), problems).isEmpty());
        assertEquals(List.of(
                "roster.csv:1: 人员类别: 表头缺少这一列",
                "roster.csv:1: 工种: 表头缺少这一列",
                "roster.csv:1: 村组: 表头缺少这一列",
                "roster.csv:1: 联系电话: 表头缺少这一列",
                "roster.csv:1: 银行卡号: 表头缺少这一列"), lines().stream().sorted().toList());
    }

    private RosterReader.Roster read(String text) throws IOException {
        return RosterReader.read(Files.writeString(dir.resolve("roster.csv"), text), problems).orElseThrow();
    }

    private List<String> lines() {
        return ProblemLines.of(problems);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(RosterReaderTest.class.getResource(name).toURI());
    }
}
