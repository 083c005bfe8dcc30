package org.gongshi.generator.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.generator.compliance.ComplianceRules;
import org.gongshi.generator.model.AmendableField;
import org.gongshi.generator.model.Amendment;
import org.gongshi.generator.model.ConstructionArea;
import org.gongshi.generator.model.DateRange;
import org.gongshi.generator.model.LaborShareFloor;
import org.gongshi.generator.model.LifecycleEvent;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.Project;
import org.gongshi.generator.model.ProjectRecord;
import org.gongshi.generator.model.ReliefMode;
import org.gongshi.generator.model.Status;
import org.gongshi.generator.model.WagePayment;
import org.gongshi.generator.model.Worker;
import org.gongshi.generator.model.WorkerGroup;
import org.gongshi.generator.model.Workers;
import org.junit.jupiter.api.Test;

class MaskerTest {

    private static final Worker ZHANG = new Worker("张三明", "419923197503120013", "东陈村一组", "13812345678",
            "中国农业银行", "6222021000000000017", WorkerGroup.LIFTED_OUT_OF_POVERTY, "普工");
    private static final Worker OUYANG = new Worker("欧阳小明", "11010519491231002X", "东陈村二组", "13912345678",
            "青禾农村商业银行", "6222021000000000025", WorkerGroup.OTHER, "砌筑工");
    private static final Worker LI = new Worker("李四", "419923196809180030", "东陈村三组", "15012345678",
            "中国邮政储蓄银行", "6222021000000000033", WorkerGroup.LOW_INCOME, "普工");

    private static final List<WagePayment> WAGES = List.of(
            paid(ZHANG, "2024-05", 10, 150_000, "2024-06-10"),
            paid(ZHANG, "2024-06", 12, 180_000, "2024-07-10"),
            paid(OUYANG, "2024-05", 8, 120_050, "2024-06-10"),
            new WagePayment(LI.name(), LI.idNumber(), YearMonth.parse("2024-06"), 5,
                    new Money(75_000), Money.ZERO, Optional.empty(), false, false));

    private static WagePayment paid(Worker w, String period, int days, long fen, String date) {
        return new WagePayment(w.name(), w.idNumber(), YearMonth.parse(period), days, new Money(fen), new Money(fen),
                Optional.of(LocalDate.parse(date)), true, true);
    }

    private static Project project(long laborPlannedFen, long laborPaidFen, List<LifecycleEvent> lifecycle) {
        return project(laborPlannedFen, laborPaidFen, lifecycle, List.of());
    }

    private static Project project(long laborPlannedFen, long laborPaidFen, List<LifecycleEvent> lifecycle,
                                   List<Amendment> amendments) {
        return new Project(
                "2024-QH-0001", "东陈村通组道路硬化工程", 2024, "沙河镇", "东陈村", "青发改振兴〔2024〕1号",
                ConstructionArea.RURAL_PUBLIC_INFRASTRUCTURE, "交通",
                List.of(ReliefMode.LABOR_REMUNERATION, ReliefMode.TRAINING_ON_THE_JOB),
                "硬化通组道路0.8公里。", "方便东陈村三个组的群众出行。",
                new Money(12_000_000), new Money(10_000_000), new Money(laborPlannedFen), new Money(laborPaidFen),
                new LaborShareFloor(15, "《“十四五”以工代赈工作实施方案》"),
                "沙河镇人民政府", "青禾县路通公路工程有限公司", "沙河镇东陈村民委员会", "0391-5550100",
                new DateRange(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-09-30")),
                new DateRange(LocalDate.parse("2024-03-25"), LocalDate.parse("2024-10-31")),
                new Workers(3, Map.of(WorkerGroup.LIFTED_OUT_OF_POVERTY, 1, WorkerGroup.MONITORED, 0,
                        WorkerGroup.LOW_INCOME, 1, WorkerGroup.OTHER, 1)),
                lifecycle, amendments, "");
    }

    static final CheckCodes CODES = new CheckCodes("masker-test-secret-0123".getBytes(StandardCharsets.UTF_8), false);
    static final ComplianceRules RULES = new ComplianceRules(LocalDate.parse("2024-12-31"), 30);

    private static PublicProject mask(ProjectRecord record) {
        return Masker.mask(record, CODES, RULES);
    }

    private static final List<LifecycleEvent> UNDER_CONSTRUCTION = List.of(
            new LifecycleEvent(Status.POOL, LocalDate.parse("2023-11-01"), "", ""),
            new LifecycleEvent(Status.PLANNED, LocalDate.parse("2024-03-01"), "", ""),
            new LifecycleEvent(Status.UNDER_CONSTRUCTION, LocalDate.parse("2024-04-01"), "", ""));

    private static final PublicProject MASKED =
            mask(new ProjectRecord(project(1_400_000, 450_050, UNDER_CONSTRUCTION), List.of(ZHANG, OUYANG, LI), WAGES));

    @Test
    void publishesWageLinesWithMaskedNamesInLedgerOrder() {
        assertEquals(List.of(
                new PublicWageLine("张*明", CODES.of(ZHANG.idNumber()), "东陈村一组", "脱贫人口", "普工", "2024-05", 10,
                        new Money(150_000), new Money(150_000), "2024-06-10", true, true),
                new PublicWageLine("张*明", CODES.of(ZHANG.idNumber()), "东陈村一组", "脱贫人口", "普工", "2024-06", 12,
                        new Money(180_000), new Money(180_000), "2024-07-10", true, true),
                new PublicWageLine("欧**明", CODES.of(OUYANG.idNumber()), "东陈村二组", "其他", "砌筑工", "2024-05", 8,
                        new Money(120_050), new Money(120_050), "2024-06-10", true, true),
                new PublicWageLine("李*", CODES.of(LI.idNumber()), "东陈村三组", "低收入人口", "普工", "2024-06", 5,
                        new Money(75_000), Money.ZERO, "", false, false)),
                MASKED.wageLines());
    }

    @Test
    void publishesNoNameIdPhoneBankOrCardAnywhere() {
        String published = MASKED.toString();

        for (Worker w : List.of(ZHANG, OUYANG, LI)) {
            for (String secret : List.of(w.name(), w.idNumber(), w.phone(), w.bank(), w.cardNumber())) {
                assertFalse(published.contains(secret), () -> "published: " + secret);
            }
            assertFalse(published.contains(w.idNumber().substring(0, 14)), () -> "published part of " + w.idNumber());
            assertFalse(published.contains(w.phone().substring(3)), () -> "published part of " + w.phone());
        }
    }

    @Test
    void groupsLinesIntoOneBatchPerPeriodInPeriodOrder() {
        assertEquals(List.of(
                new WageBatch("2024-05", 2, 18, new Money(270_050), new Money(270_050), 2, 2, 0),
                new WageBatch("2024-06", 2, 17, new Money(255_000), new Money(180_000), 1, 1, 1)),
                MASKED.batches());
        assertTrue(MASKED.batches().get(0).settled());
        assertFalse(MASKED.batches().get(1).settled());
    }

    @Test
    void sumsEveryLineIntoTheTotalRow() {
        assertEquals(new WageBatch("合计", 4, 35, new Money(525_050), new Money(450_050), 3, 3, 1), MASKED.wageTotal());
    }

    @Test
    void givesAProjectWithoutWagesAnEmptyTotal() {
        PublicProject p = mask(new ProjectRecord(project(1_500_000, 0, UNDER_CONSTRUCTION), List.of(), List.of()));

        assertEquals(List.of(), p.wageLines());
        assertEquals(List.of(), p.batches());
        assertEquals(new WageBatch("合计", 0, 0, Money.ZERO, Money.ZERO, 0, 0, 0), p.wageTotal());
    }

    @Test
    void statesEachAmendmentWithItsFieldsChangeAndReason() {
        PublicProject p = mask(new ProjectRecord(project(1_500_000, 0, UNDER_CONSTRUCTION, List.of(
                new Amendment(LocalDate.parse("2024-06-01"), List.of(AmendableField.CONTENT, AmendableField.INVESTMENT),
                        "增加排水边沟 200 米", "村民代表会议提出雨季路面积水"))), List.of(), List.of()));

        assertEquals(List.of(new AmendmentEntry("2024-06-01", "建设内容、总投资", "增加排水边沟 200 米", "村民代表会议提出雨季路面积水")),
                p.amendments());
        assertEquals("2024-06-01", p.lastChange(), "an amendment after the last lifecycle step is the latest change");
        assertEquals("在建", p.status());
    }

    @Test
    void describesTheProjectForThePublic() {
        assertEquals("/p/2024-QH-0001/", MASKED.url());
        assertEquals("/p/2024-QH-0001/wages/", MASKED.wagesUrl());
        assertEquals("农村公益性基础设施·交通", MASKED.area());
        assertEquals(List.of("劳务报酬", "以工代训"), MASKED.reliefModes());
        assertEquals(List.of(new GroupCount("脱贫人口", 1), new GroupCount("监测对象", 0),
                new GroupCount("低收入人口", 1), new GroupCount("其他", 1)), MASKED.employed());
        assertEquals(3, MASKED.employedTotal());
        assertEquals(List.of(
                new HistoryEntry("2023-11-01", "储备", ""),
                new HistoryEntry("2024-03-01", "计划", ""),
                new HistoryEntry("2024-04-01", "在建", "")), MASKED.history());
    }

    @Test
    void judgesAProjectUnderConstructionByItsPlannedShare() {
        // planned 14.00% of central funds, floor 15%
        assertEquals("14.00%", MASKED.plannedShare().percent());
        assertEquals("4.50%", MASKED.paidShare().percent());
        assertEquals(MASKED.plannedShare(), MASKED.relevantShare());
        assertTrue(MASKED.belowFloor());

        PublicProject atFloor = mask(new ProjectRecord(project(1_500_000, 0, UNDER_CONSTRUCTION), List.of(), List.of()));
        assertFalse(atFloor.belowFloor());
    }

    @Test
    void judgesABuiltProjectByWhatWasPaid() {
        List<LifecycleEvent> completed = new java.util.ArrayList<>(UNDER_CONSTRUCTION);
        completed.add(new LifecycleEvent(Status.COMPLETED, LocalDate.parse("2024-09-30"), "", ""));

        PublicProject enoughPaid = mask(new ProjectRecord(project(1_000_000, 1_500_000, completed), List.of(), List.of()));
        PublicProject tooLittlePaid = mask(new ProjectRecord(project(2_000_000, 1_499_999, completed), List.of(), List.of()));

        assertTrue(enoughPaid.built());
        assertEquals("完工", enoughPaid.status());
        assertEquals(enoughPaid.paidShare(), enoughPaid.relevantShare());
        assertFalse(enoughPaid.belowFloor());
        assertTrue(tooLittlePaid.belowFloor());
    }

    @Test
    void marksACancelledProjectWithdrawn() {
        PublicProject p = mask(new ProjectRecord(project(1_500_000, 0, List.of(
                new LifecycleEvent(Status.POOL, LocalDate.parse("2023-11-01"), "", ""),
                new LifecycleEvent(Status.CANCELLED, LocalDate.parse("2024-02-01"), "村民议事会决定改建他处", ""))),
                List.of(), List.of()));

        assertTrue(p.withdrawn());
        assertEquals("撤销", p.status());
        assertEquals(List.of(new Withdrawal("2024-02-01", "撤销", "村民议事会决定改建他处", "", "")), p.withdrawal());
    }

    @Test
    void pointsAMergedProjectAtItsSuccessor() {
        PublicProject p = mask(new ProjectRecord(project(1_500_000, 0, List.of(
                new LifecycleEvent(Status.POOL, LocalDate.parse("2023-11-01"), "", ""),
                new LifecycleEvent(Status.MERGED, LocalDate.parse("2024-02-01"), "与相邻村道路合并实施", "2024-QH-0002"))),
                List.of(), List.of()));

        assertTrue(p.withdrawn());
        assertEquals(List.of(new Withdrawal("2024-02-01", "合并", "与相邻村道路合并实施", "2024-QH-0002", "/p/2024-QH-0002/")),
                p.withdrawal());
    }

    @Test
    void aProjectInProgressIsNotWithdrawn() {
        assertFalse(MASKED.withdrawn());
        assertEquals(List.of(), MASKED.withdrawal());
    }
}
