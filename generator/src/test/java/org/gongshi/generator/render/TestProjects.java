package org.gongshi.generator.render;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.gongshi.generator.compliance.ComplianceRules;
import org.gongshi.generator.mask.CheckCodes;
import org.gongshi.generator.mask.Masker;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.model.ConstructionArea;
import org.gongshi.generator.model.DateRange;
import org.gongshi.generator.model.LaborShareFloor;
import org.gongshi.generator.model.LifecycleEvent;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.Project;
import org.gongshi.generator.model.ProjectRecord;
import org.gongshi.generator.model.ReliefMode;
import org.gongshi.generator.model.Status;
import org.gongshi.generator.model.WorkerGroup;
import org.gongshi.generator.model.Workers;

/** Public projects made in code, for tests of pages and figures built from them. */
final class TestProjects {

    private TestProjects() {
    }

    /** A project under construction in 白石镇 with 100,000 yuan of central funds, 3 workers and no wage lines. */
    static PublicProject underConstruction(String code, String name, Money laborPlanned, int floorPercent) {
        Project p = new Project(code, name, Integer.parseInt(code.substring(0, 4)), "白石镇", "东陈村", "青发改振兴〔" + code + "〕号",
                ConstructionArea.RURAL_PUBLIC_INFRASTRUCTURE, "交通", List.of(ReliefMode.LABOR_REMUNERATION),
                "建设内容。", "受益情况。", new Money(12_000_000), new Money(10_000_000), laborPlanned, Money.ZERO,
                new LaborShareFloor(floorPercent, "不低于" + floorPercent + "%"), "白石镇人民政府", "青禾县某工程有限公司", "", "0391-5550100",
                new DateRange(LocalDate.parse("2025-04-01"), LocalDate.parse("2025-09-30")),
                new DateRange(LocalDate.parse("2025-03-25"), LocalDate.parse("2025-10-31")),
                new Workers(3, Map.of(WorkerGroup.LIFTED_OUT_OF_POVERTY, 1, WorkerGroup.MONITORED, 0,
                        WorkerGroup.LOW_INCOME, 1, WorkerGroup.OTHER, 1)),
                List.of(new LifecycleEvent(Status.UNDER_CONSTRUCTION, LocalDate.parse("2025-04-01"), "", "")), List.of(), "");
        return Masker.mask(new ProjectRecord(p, List.of(), List.of()), CheckCodes.NONE,
                new ComplianceRules(LocalDate.parse("2025-01-01"), ComplianceRules.DEFAULT_WAGE_OVERDUE_DAYS));
    }
}
