package org.gongshi.generator.load;

import static org.gongshi.generator.load.XlsxFiles.date;
import static org.gongshi.generator.load.XlsxFiles.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.gongshi.generator.Problems;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.WagePayment;
import org.gongshi.generator.model.Worker;
import org.gongshi.generator.model.WorkerGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rosters and wage ledgers as county offices really export them: CSV in any of their encodings, or .xlsx. */
class SpreadsheetsTest {

    private static final Worker ZHANG_SAN = new Worker("张三", "419923197503120013", "东陈村一组", "13812345678",
            "中国农业银行", "6222021000000000017", WorkerGroup.LIFTED_OUT_OF_POVERTY, "普工");
    private static final Worker OUYANG_XIAOMING = new Worker("欧阳小明", "11010519491231002X", "东陈村二组", "13912345678",
            "青禾农村商业银行", "6222021000000000025", WorkerGroup.OTHER, "砌筑工");
    private static final String ROSTER = """
            姓名,身份证号,村组,联系电话,开户银行,银行卡号,人员类别,工种
            张三,419923197503120013,东陈村一组,13812345678,中国农业银行,6222021000000000017,脱贫人口,普工
            欧阳小明,11010519491231002X,东陈村二组,13912345678,青禾农村商业银行,6222021000000000025,其他,砌筑工
            """;
    private static final String LEDGER_HEADER = "姓名,身份证号,发放期间,务工天数,应发金额,实发金额,发放日期,打卡发放,本人确认\n";
    private static final String[] LEDGER_HEADER_CELLS = LEDGER_HEADER.strip().split(",");

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    // --- encodings: detected from the bytes, never configured

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GBK", "GB18030"})
    void readsARosterSavedInAnyEncodingOfficesUse(String charset) throws IOException {
        Path file = Files.write(dir.resolve("roster.csv"), ROSTER.getBytes(Charset.forName(charset)));

        assertEquals(List.of(ZHANG_SAN, OUYANG_XIAOMING), RosterReader.read(file, problems).orElseThrow().workers());
        assertTrue(problems.isEmpty(), () -> lines().toString());
    }

    @Test
    void readsARosterSavedAsCsvUtf8WithAByteOrderMark() throws IOException {
        Path file = Files.write(dir.resolve("roster.csv"), ("\uFEFF" + ROSTER).getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of(ZHANG_SAN, OUYANG_XIAOMING), RosterReader.read(file, problems).orElseThrow().workers());
    }

    @Test
    void rejectsARosterInAnotherEncodingNamingTheFile() throws IOException {
        Path file = Files.write(dir.resolve("roster.csv"), ROSTER.getBytes(StandardCharsets.UTF_16));

        assertEquals(Optional.empty(), RosterReader.read(file, problems));
        assertEquals(List.of("roster.csv:1: : 无法识别文件的编码：既不是 UTF-8，也不是 GBK/GB18030。"
                + "请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx 工作簿"), lines());
    }

    // --- .xlsx workbooks

    @Test
    void readsARosterWorkbookBelowAMergedTitleIgnoringAnEmptyTrailingRow() throws IOException {
        Path file = XlsxFiles.write(dir.resolve("roster.xlsx"), sheet -> {
            row(sheet, 1, "东陈村道路硬化工程用工名册");
            sheet.range(0, 0, 0, 7).merge();
            row(sheet, 3, "姓名", "身份证号", "村组", "联系电话", "开户银行", "银行卡号", "人员类别", "工种");
            row(sheet, 4, "张三", "419923197503120013", "东陈村一组", 13812345678L, "中国农业银行", "6222021000000000017", "脱贫人口", "普工");
            row(sheet, 5, "欧阳小明", "11010519491231002x", "东陈村二组", 13912345678L, "青禾农村商业银行", "6222 0210 0000 0000 025", "其他", "砌筑工");
            row(sheet, 6, "", "", "");
            sheet.style(6, 3).bold().set();
        });

        RosterReader.Roster roster = RosterReader.read(file, problems).orElseThrow();

        assertEquals(List.of(ZHANG_SAN, OUYANG_XIAOMING), roster.workers());
        assertEquals(List.of(4, 5), roster.lines());
        assertTrue(problems.isEmpty(), () -> lines().toString());
    }

    @Test
    void readsALedgerWorkbookWithDateNumberAndTextCellsAndATotalsRow() throws IOException {
        Path file = XlsxFiles.write(dir.resolve("wages.xlsx"), sheet -> {
            row(sheet, 1, "东陈村道路硬化工程劳务报酬发放台账");
            sheet.range(0, 0, 0, 9).merge();
            row(sheet, 3, "序号", "姓名", "身份证号", "发放期间", "务工天数", "应发金额（元）", "实发金额（元）", "发放日期", "打卡发放", "本人确认");
            row(sheet, 4, 1, "张三", "419923197503120013", "2024-05", 22, 2400.5, 2400.5,
                    date(LocalDate.of(2024, 6, 10), "yyyy-mm-dd"), "是", "是");
            row(sheet, 5, 2, "欧阳小明", "11010519491231002X", date(LocalDate.of(2024, 5, 1), "yyyy\"年\"m\"月\""), 10,
                    1234567.89, "¥2,400.50", date(LocalDate.of(2024, 6, 10), "yyyy\"年\"m\"月\"d\"日\""), "否", true);
            row(sheet, 6, "合计", null, null, null, 32, 1236968.39, 4801);
        });

        WageReader.Ledger ledger = WageReader.read(file, problems).orElseThrow();

        assertEquals(List.of(
                new WagePayment("张三", "419923197503120013", YearMonth.of(2024, 5), 22, new Money(240050), new Money(240050),
                        Optional.of(LocalDate.of(2024, 6, 10)), true, true),
                new WagePayment("欧阳小明", "11010519491231002X", YearMonth.of(2024, 5), 10, new Money(123456789), new Money(240050),
                        Optional.of(LocalDate.of(2024, 6, 10)), false, true)),
                ledger.payments());
        assertEquals(List.of(4, 5), ledger.lines());
        assertTrue(problems.isEmpty(), () -> lines().toString());
    }

    @Test
    void rejectsANumericAmountWithThreeDecimalsNamingItsExcelRow() throws IOException {
        Path file = ledgerWorkbook(2400.125);

        WageReader.read(file, problems);

        assertEquals(List.of("wages.xlsx:3: 实发金额: 金额最多保留两位小数（到分）：2400.125"), lines());
    }

    @Test
    void readsANumberStoredAsTheNearestDoubleAsExcelShowsIt() throws IOException {
        Path file = ledgerWorkbook(0.1 + 0.2);

        assertEquals(new Money(30), WageReader.read(file, problems).orElseThrow().payments().get(1).paid());
        assertTrue(problems.isEmpty(), () -> lines().toString());
    }

    @Test
    void namesTheExcelRowAndTheHeaderAsWrittenForABadCell() throws IOException {
        Path file = XlsxFiles.write(dir.resolve("wages.xlsx"), sheet -> {
            row(sheet, 2, "姓名", "身份证号", "发放期间", "务工天数", "应发金额", "实发金额", "发放时间", "打卡发放", "本人确认");
            row(sheet, 3, "张三", "419923197503120013", "2024-05", 22, 2400, 2400, "2024-02-30", "是", "是");
        });

        WageReader.read(file, problems);

        assertEquals(List.of("wages.xlsx:3: 发放时间: 日期无效：“2024-02-30”，应写作 2024-05-01 这样的有效日期"), lines());
    }

    @Test
    void rejectsAWorkbookWithASecondFilledSheet() throws IOException {
        Path file = XlsxFiles.write(dir.resolve("roster.xlsx"),
                sheet -> row(sheet, 1, "姓名", "身份证号"),
                sheet -> row(sheet, 1, "张三"));

        assertEquals(Optional.empty(), RosterReader.read(file, problems));
        assertEquals(List.of("roster.xlsx:1: : 工作簿里除第一张工作表“Sheet1”外，工作表“Sheet2”也有内容；"
                + "只读第一张，请把全部内容放在第一张工作表里，删去其余的"), lines());
    }

    @Test
    void rejectsAnEmptyOrTinyFileSavedUnderTheWorkbookName() throws IOException {
        for (byte[] bytes : List.of(new byte[0], new byte[] {'P', 'K'})) {
            Problems found = new Problems();

            assertTrue(RosterReader.read(Files.write(dir.resolve("roster.xlsx"), bytes), found).isEmpty());

            assertEquals(1, found.size(), ProblemLines.of(found).toString());
            assertTrue(ProblemLines.of(found).get(0).contains("不是 Excel 工作簿"), ProblemLines.of(found).toString());
        }
    }

    @Test
    void rejectsAnOldXlsWorkbookSavedUnderTheNewName() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        Path file = Files.write(dir.resolve("roster.xlsx"), ole2);

        assertEquals(Optional.empty(), RosterReader.read(file, problems));
        assertEquals(List.of("roster.xlsx:1: : 这是旧版 Excel（.xls）或加了密码的工作簿，无法读取；请在 Excel 中另存为 .xlsx 工作簿（不设密码）"), lines());
    }

    @Test
    void rejectsACsvSavedUnderTheWorkbookName() throws IOException {
        Path file = Files.writeString(dir.resolve("roster.xlsx"), ROSTER);

        assertEquals(Optional.empty(), RosterReader.read(file, problems));
        assertEquals(List.of("roster.xlsx:1: : 不是 Excel 工作簿（.xlsx）；请在 Excel 中另存为 .xlsx 工作簿，或另存为 CSV"), lines());
    }

    // --- header spellings

    @ParameterizedTest
    @ValueSource(strings = {
            "名字,公民身份号码,家庭住址,手机,开户行,账号,人员类型,岗位",
            "务工人员姓名,身份证,住址,联系方式,开户银行,卡号,类别,工种",
            "姓名,身份证件号码,所在村组,手机号码,开户银行,银行卡账号,人员类别,工种",
            "name,id_number,village_group,phone,bank,card_number,group,job"})
    void readsEveryRosterHeaderSpelling(String header) throws IOException {
        Path file = Files.writeString(dir.resolve("roster.csv"), header + "\n" + ROSTER.lines().skip(1).findFirst().orElseThrow());

        assertEquals(List.of(ZHANG_SAN), RosterReader.read(file, problems).orElseThrow().workers());
        assertTrue(problems.isEmpty(), () -> lines().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "名字,身份证号码,工资月份,出勤天数,应发工资,实发工资,发放时间,是否打卡,是否确认",
            "姓名,身份证,所属期间,工作天数,应发工资(元),发放金额（元）,支付日期,打卡发放,本人确认",
            "姓名,身份证号,发放月份,出工天数,应发金额(元),金额(元),发放日期,是否打卡发放,是否本人确认",
            "姓名,公民身份号码,期间,天数,应发工资（元）,实发工资（元）,发放日期,打卡发放,本人确认"})
    void readsEveryLedgerHeaderSpelling(String header) throws IOException {
        Path file = Files.writeString(dir.resolve("wages.csv"), header + "\n张三,419923197503120013,2024-05,22,2400.50,2400.00,2024-06-10,是,否\n");

        assertEquals(List.of(new WagePayment("张三", "419923197503120013", YearMonth.of(2024, 5), 22, new Money(240050),
                new Money(240000), Optional.of(LocalDate.of(2024, 6, 10)), true, false)),
                WageReader.read(file, problems).orElseThrow().payments());
        assertTrue(problems.isEmpty(), () -> lines().toString());
    }

    @Test
    void rejectsTwoHeadersThatMeanOneColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("wages.csv"),
                "姓名,身份证号,发放期间,务工天数,应发金额,实发金额,发放金额(元),发放日期,打卡发放,本人确认\n");

        assertEquals(Optional.empty(), WageReader.read(file, problems));
        assertEquals(List.of("wages.csv:1: 发放金额(元): 与“实发金额”是同一列，只能保留一列"), lines());
    }

    // --- amounts: yuan to fen exactly

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1234567.89 | 123456789",
            "2400.5 | 240050",
            "0.29 | 29",
            "¥2,400.50 | 240050",
            "￥2400.50 | 240050",
            "2,400.50元 | 240050",
            "1,234,567.89 | 123456789"})
    void convertsYuanExactlyToFen(String written, long fen) throws IOException {
        assertEquals(new Money(fen), ledgerLine("2024-05", written, "2024-06-10").paid());
        assertTrue(problems.isEmpty(), () -> lines().toString());
    }

    // --- dates and pay months

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-01", "2024/5/1", "2024.5.1", "2024年5月1日", "45413"})
    void readsEveryDateForm(String written) throws IOException {
        assertEquals(Optional.of(LocalDate.of(2024, 5, 1)), ledgerLine("2024-04", "100", written).payDate());
        assertTrue(problems.isEmpty(), () -> lines().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05", "2024/5", "2024年5月", "202405", "2024-05-31", "45413"})
    void readsEveryPayMonthForm(String written) throws IOException {
        assertEquals(YearMonth.of(2024, 5), ledgerLine(written, "100", "2024-06-10").period());
        assertTrue(problems.isEmpty(), () -> lines().toString());
    }

    // --- totals rows

    @Test
    void checksAndSkipsATotalsRowThatAgrees() throws IOException {
        WageReader.Ledger ledger = ledger("""
                张三,419923197503120013,2024-05,22,2400.50,2400.50,2024-06-10,是,是
                欧阳小明,11010519491231002X,2024-05,10,1500,0,,否,否
                合计,,,32,"3,900.50",2400.50,,,
                """).orElseThrow();

        assertEquals(2, ledger.payments().size());
        assertEquals(List.of(2, 3), ledger.lines());
        assertTrue(problems.isEmpty(), () -> lines().toString());
    }

    @Test
    void rejectsATotalsRowThatDisagreesNamingItsRowAndBothSums() throws IOException {
        ledger("""
                张三,419923197503120013,2024-05,22,2400.50,2400.50,2024-06-10,是,是
                欧阳小明,11010519491231002X,2024-05,10,1500,0,,否,否
                合计,,,32,3900.50,2400.00,,,
                """);

        assertEquals(List.of("wages.csv:4: 实发金额: 合计行写的是 2,400.00 元，上面第 2–3 行之和是 2,400.50 元，两者应一致"), lines());
    }

    @Test
    void checksEachSubtotalAgainstTheRowsSinceThePreviousOne() throws IOException {
        ledger("""
                张三,419923197503120013,2024-05,22,2400.50,2400.50,2024-06-10,是,是
                小计,,,,2400.50,2400.50,,,
                张三,419923197503120013,2024-06,20,2000,2000,2024-07-10,是,是
                小计,,,,2000,2000,,,
                总计,,,,4400.50,4000.50,,,
                """);

        assertEquals(List.of("wages.csv:6: 实发金额: 总计行写的是 4,000.50 元，上面第 2–4 行之和是 4,400.50 元，两者应一致"), lines());
    }

    @Test
    void neverLoadsARosterTotalsRowAsAWorker() throws IOException {
        Path file = Files.writeString(dir.resolve("roster.csv"), ROSTER + "合计,,,,,,,\n");

        assertEquals(List.of(ZHANG_SAN, OUYANG_XIAOMING), RosterReader.read(file, problems).orElseThrow().workers());
        assertTrue(problems.isEmpty(), () -> lines().toString());
    }

    /** Header in row 1, a good line in row 2, and in row 3 a line whose amount paid is the numeric cell given. */
    private Path ledgerWorkbook(double paid) throws IOException {
        return XlsxFiles.write(dir.resolve("wages.xlsx"), sheet -> {
            row(sheet, 1, (Object[]) LEDGER_HEADER_CELLS);
            row(sheet, 2, "张三", "419923197503120013", "2024-05", 22, 2400, 2400, "2024-06-10", "是", "是");
            row(sheet, 3, "欧阳小明", "11010519491231002X", "2024-05", 10, 2400.5, paid, "2024-06-10", "是", "是");
        });
    }

    private WagePayment ledgerLine(String period, String paid, String payDate) throws IOException {
        String line = "张三,419923197503120013," + period + ",22,1234567.89,\"" + paid + "\"," + payDate + ",是,是\n";
        return ledger(line).orElseThrow().payments().get(0);
    }

    private Optional<WageReader.Ledger> ledger(String lines) throws IOException {
        return WageReader.read(Files.writeString(dir.resolve("wages.csv"), LEDGER_HEADER + lines), problems);
    }

    private List<String> lines() {
        return ProblemLines.of(problems);
    }
}
