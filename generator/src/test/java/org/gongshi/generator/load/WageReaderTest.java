package org.gongshi.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.gongshi.generator.Problems;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.WagePayment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WageReaderTest {

    private static final String HEADER = "姓名,身份证号,发放期间,务工天数,应发金额,实发金额,发放日期,打卡发放,本人确认\n";

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void readsYuanUnderFullwidthBracketsExactlyIntoFen() throws URISyntaxException {
        WageReader.Ledger ledger = WageReader.read(resource("/csv/wages-yuan.csv"), problems).orElseThrow();

        assertEquals(List.of(
                new WagePayment("张三", "419923197503120013", YearMonth.of(2023, 5), 22, new Money(240050), new Money(240050),
                        Optional.of(LocalDate.of(2023, 6, 10)), true, true),
                new WagePayment("欧阳小明", "11010519491231002X", YearMonth.of(2023, 5), 10, new Money(150000), Money.ZERO,
                        Optional.empty(), false, false)),
                ledger.payments());
        assertEquals(List.of(2, 3), ledger.lines());
        assertTrue(problems.isEmpty());
    }

    @Test
    void readsEnglishHeadersWithAmountsInFen() throws URISyntaxException {
        WageReader.Ledger ledger = WageReader.read(resource("/csv/wages-english-fen.csv"), problems).orElseThrow();

        assertEquals(List.of(
                new WagePayment("张三", "419923197503120013", YearMonth.of(2023, 5), 22, new Money(240050), new Money(240050),
                        Optional.of(LocalDate.of(2023, 6, 10)), true, true),
                new WagePayment("欧阳小明", "11010519491231002X", YearMonth.of(2023, 6), 10, new Money(150000), Money.ZERO,
                        Optional.empty(), false, false)),
                ledger.payments());
        assertTrue(problems.isEmpty());
    }

    @Test
    void convertsYuanWithoutFloatingPointError() throws IOException {
        WageReader.Ledger ledger = read(HEADER + "张三,419923197503120013,2023-05,1,0.29,0.1,2023-06-10,是,是\n");

        assertEquals(new Money(29), ledger.payments().get(0).due());
        assertEquals(new Money(10), ledger.payments().get(0).paid());
    }

    @Test
    void acceptsThousandsSeparatorsButNotADecimalComma() throws IOException {
        WageReader.Ledger ledger = read(HEADER + "张三,419923197503120013,2023-05,10,\"12,400.50\",\"1500,50\",2023-06-10,是,是\n");

        assertEquals(new Money(1_240_050), ledger.payments().get(0).due());
        assertEquals(List.of("wages.csv:2: 实发金额: 金额中的逗号位置不对（千位分隔应为 2,400.50；小数点请用“.”）：1500,50"), lines());
    }

    @Test
    void rejectsAThirdDecimalInYuan() throws IOException {
        read(HEADER + "张三,419923197503120013,2023-05,10,1500.125,0,,否,否\n");

        assertEquals(List.of("wages.csv:2: 应发金额: 金额最多保留两位小数（到分）：1500.125"), lines());
    }

    @Test
    void rejectsNegativeAndNonNumericYuan() throws IOException {
        read(HEADER + "张三,419923197503120013,2023-05,10,-1500,一千五,,否,否\n");

        assertEquals(List.of(
                "wages.csv:2: 应发金额: 金额不能为负数：-1500",
                "wages.csv:2: 实发金额: 金额应为数字，单位元，例如 2400.50：一千五"), lines());
    }

    @Test
    void reportsAnIdNumberPastedIntoAnAmountColumnInsteadOfOverflowing() throws IOException {
        read(HEADER + "张三,419923197503120013,2023-05,10,419923197503120013,1500,2023-06-10,是,是\n");

        assertEquals(List.of("wages.csv:2: 应发金额: 金额应为数字，单位元，例如 2400.50：419923197503120013"), lines());
    }

    @Test
    void acceptsThirteenDigitsOfYuan() throws IOException {
        WageReader.Ledger ledger = read(HEADER + "张三,419923197503120013,2023-05,10,9999999999999.99,0,,否,否\n");

        assertEquals(new Money(999_999_999_999_999L), ledger.payments().get(0).due());
        assertTrue(problems.isEmpty());
    }

    @Test
    void rejectsDecimalsInFen() throws IOException {
        read("name,id_number,period,days,amount_due_fen,amount_paid_fen,pay_date,paid_to_card,confirmed\n"
                + "张三,419923197503120013,2023-05,10,150000.5,-1,,no,no\n");

        assertEquals(List.of(
                "wages.csv:2: amount_due_fen: 金额单位是分，不能有小数：150000.5",
                "wages.csv:2: amount_paid_fen: 金额不能为负数：-1"), lines());
    }

    @Test
    void rejectsBadPeriodsDaysDatesAndYesNo() throws IOException {
        read(HEADER + "张三,419923197503120013,2023-13,32,1500,1500,2023-02-30,是的,否\n");

        assertEquals(List.of(
                "wages.csv:2: 发放期间: 发放期间应写作年-月，例如 2023-05：2023-13",
                "wages.csv:2: 务工天数: 应为 0 到 31 之间的整数：32",
                "wages.csv:2: 发放日期: 日期无效：“2023-02-30”，应写作 2024-05-01 这样的有效日期",
                "wages.csv:2: 打卡发放: 应填“是”或“否”：是的"), lines());
    }

    @Test
    void refusesBothYuanAndFenColumnsForOneAmount() throws IOException {
        Path file = Files.writeString(dir.resolve("wages.csv"),
                "姓名,身份证号,发放期间,务工天数,应发金额,应发金额(分),实发金额(分),发放日期,打卡发放,本人确认\n");

        assertEquals(Optional.empty(), WageReader.read(file, problems));
        assertEquals(List.of("wages.csv:1: 应发金额: 同时有按元和按分的两列，只能保留一列"), lines());
    }

    @Test
    void refusesALedgerWithoutAnAmountColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("wages.csv"), "姓名,身份证号,发放期间,务工天数,应发金额,发放日期,打卡发放,本人确认\n");

        assertEquals(Optional.empty(), WageReader.read(file, problems));
        assertEquals(List.of("wages.csv:1: 实发金额: 表头缺少这一列"), lines());
    }

    private WageReader.Ledger read(String text) throws IOException {
        return WageReader.read(Files.writeString(dir.resolve("wages.csv"), text), problems).orElseThrow();
    }

    private List<String> lines() {
        return ProblemLines.of(problems);
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(WageReaderTest.class.getResource(name).toURI());
    }
}
