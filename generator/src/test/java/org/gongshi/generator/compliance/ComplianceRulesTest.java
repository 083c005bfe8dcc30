package org.gongshi.generator.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongshi.generator.mask.LaborShare;
import org.gongshi.generator.mask.WageBatch;
import org.gongshi.generator.model.ConstructionArea;
import org.gongshi.generator.model.DateRange;
import org.gongshi.generator.model.LaborShareFloor;
import org.gongshi.generator.model.LifecycleEvent;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.Project;
import org.gongshi.generator.model.ReliefMode;
import org.gongshi.generator.model.Status;
import org.gongshi.generator.model.WorkerGroup;
import org.gongshi.generator.model.Workers;
import org.junit.jupiter.api.Test;

/** Each flag on crafted records, at its boundary: one day, one fen or one line either side. */
class ComplianceRulesTest {

    private static final ComplianceRules RULES = new ComplianceRules(LocalDate.parse("2024-12-01"), 30);
    private static final Money CENTRAL = new Money(1_000_000_00);
    private static final String RULE = "《“十四五”以工代赈工作实施方案》：劳务报酬占中央资金比例不低于15%";

    private static Project project(Status status, String maintainer, String noticeEnd) {
        return new Project("2024-QH-0001", "东陈村通组道路硬化工程", 2024, "沙河镇", "东陈村", "青发改振兴〔2024〕1号",
                ConstructionArea.RURAL_PUBLIC_INFRASTRUCTURE, "交通", List.of(ReliefMode.LABOR_REMUNERATION),
                "硬化通组道路0.8公里。", "方便群众出行。", CENTRAL, CENTRAL, new Money(20_000_000), new Money(15_000_000),
                new LaborShareFloor(15, RULE), "沙河镇人民政府", "青禾县路通公路工程有限公司", maintainer, "0391-5550100",
                new DateRange(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-09-30")),
                new DateRange(LocalDate.parse("2024-03-25"), LocalDate.parse(noticeEnd)),
                new Workers(3, Map.of(WorkerGroup.LIFTED_OUT_OF_POVERTY, 1, WorkerGroup.MONITORED, 0,
                        WorkerGroup.LOW_INCOME, 1, WorkerGroup.OTHER, 1)),
                List.of(new LifecycleEvent(status, LocalDate.parse("2024-04-01"), status.isWithdrawn() ? "并入其他项目" : "",
                        "")), List.of(), "");
    }

    private static LaborShare share(long laborFen) {
        return new LaborShare(new Money(laborFen), CENTRAL);
    }

    private static WageBatch batch(String period, int lines, int confirmed, int unpaid) {
        return new WageBatch(period, lines, lines * 10, new Money(lines * 150_000L), new Money((lines - unpaid) * 150_000L),
                lines - unpaid, confirmed, unpaid);
    }

    private static List<FlagKind> kinds(List<Flag> flags) {
        return flags.stream().map(Flag::kind).toList();
    }

    @Test
    void aShareOneFenBelowTheFloorIsFlaggedWithItsRuleAndAShareAtTheFloorIsNot() {
        Project built = project(Status.COMPLETED, "东陈村民委员会", "2024-10-31");

        List<Flag> below = RULES.flags(built, List.of(), share(15_000_000 - 1));
        assertEquals(List.of(FlagKind.LABOR_SHARE_BELOW_FLOOR), kinds(below));
        assertEquals("已发放劳务报酬占中央资金 14.99%，低于 15% 的要求", below.get(0).detail());
        assertEquals(RULE, below.get(0).rule());

        assertEquals(List.of(), RULES.flags(built, List.of(), share(15_000_000)));
    }

    @Test
    void beforeCompletionThePlannedShareIsTheOneJudged() {
        Project building = project(Status.UNDER_CONSTRUCTION, "", "2024-12-31");

        List<Flag> flags = RULES.flags(building, List.of(), share(10_000_000));

        assertEquals(List.of(FlagKind.LABOR_SHARE_BELOW_FLOOR), kinds(flags));
        assertTrue(flags.get(0).detail().startsWith("计划劳务报酬占中央资金 10.00%"), flags.get(0).detail());
    }

    @Test
    void aBatchStillUnpaidOrUnconfirmedMoreThanThirtyDaysAfterItsMonthIsFlagged() {
        Project building = project(Status.UNDER_CONSTRUCTION, "", "2024-12-31");
        LaborShare enough = share(20_000_000);
        // October's grace ends on 30 November (31 October + 30 days), so on 1 December it is overdue; November is not.
        List<Flag> flags = RULES.flags(building, List.of(
                batch("2024-09", 5, 5, 0),
                batch("2024-10", 5, 3, 2),
                batch("2024-11", 5, 0, 5)), enough);

        assertEquals(List.of(FlagKind.WAGES_OVERDUE), kinds(flags));
        assertEquals("2024-10 发放批次 2 人次未发放、2 人次未经本人确认。截至 2024-12-01，已超过发放期结束后 30 天",
                flags.get(0).detail());
        assertTrue(flags.get(0).rule().contains("经务工人员确认后"), flags.get(0).rule());
    }

    @Test
    void theGraceDaysComeFromTheSiteAndTheLastAllowedDayIsNotFlagged() {
        Project building = project(Status.UNDER_CONSTRUCTION, "", "2024-12-31");
        List<WageBatch> october = List.of(batch("2024-10", 4, 4, 1));

        assertEquals(List.of(), new ComplianceRules(LocalDate.parse("2024-11-30"), 30).flags(building, october, share(20_000_000)));
        assertEquals(List.of(FlagKind.WAGES_OVERDUE),
                kinds(new ComplianceRules(LocalDate.parse("2024-12-01"), 30).flags(building, october, share(20_000_000))));
        assertEquals(List.of(), new ComplianceRules(LocalDate.parse("2024-12-01"), 31).flags(building, october, share(20_000_000)));
    }

    @Test
    void aNoticeWindowThatEndedBeforeCompletionIsFlaggedTheDayAfterItsEnd() {
        LaborShare enough = share(20_000_000);

        assertEquals(List.of(), RULES.flags(project(Status.UNDER_CONSTRUCTION, "", "2024-12-01"), List.of(), enough));
        List<Flag> expired = RULES.flags(project(Status.PLANNED, "", "2024-11-30"), List.of(), enough);
        assertEquals(List.of(FlagKind.NOTICE_EXPIRED), kinds(expired));
        assertEquals("公示期 2024-03-25 至 2024-11-30 已结束，项目状态仍为“计划”，没有完工记录", expired.get(0).detail());
        assertEquals(List.of(), RULES.flags(project(Status.COMPLETED, "东陈村民委员会", "2024-11-30"), List.of(), enough));
    }

    @Test
    void aCompletedOrMaintainedProjectWithoutMaintainerIsFlagged() {
        LaborShare enough = share(20_000_000);

        assertEquals(List.of(FlagKind.NO_MAINTAINER), kinds(RULES.flags(project(Status.COMPLETED, " ", "2024-10-31"), List.of(), enough)));
        assertEquals(List.of(FlagKind.NO_MAINTAINER), kinds(RULES.flags(project(Status.MAINTAINED, "", "2024-10-31"), List.of(), enough)));
        assertEquals(List.of(), RULES.flags(project(Status.UNDER_CONSTRUCTION, "", "2024-12-31"), List.of(), enough));
    }

    @Test
    void flagsComeInTheOrderOfTheirKinds() {
        Project built = project(Status.COMPLETED, "", "2024-10-31");

        List<Flag> flags = RULES.flags(built, List.of(batch("2024-06", 2, 1, 0)), share(1));

        assertEquals(List.of(FlagKind.LABOR_SHARE_BELOW_FLOOR, FlagKind.WAGES_OVERDUE, FlagKind.NO_MAINTAINER), kinds(flags));
    }

    @Test
    void aWithdrawnProjectIsNeverFlagged() {
        Project merged = project(Status.CANCELLED, "", "2024-05-01");

        assertEquals(List.of(), RULES.flags(merged, List.of(batch("2024-04", 3, 0, 3)), share(0)));
    }
}
