package org.gongshi.generator.sample;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gongshi.generator.model.ConstructionArea;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.ReliefMode;
import org.gongshi.generator.model.Status;
import org.gongshi.generator.model.WorkerGroup;

/**
 * Writes one {@code projects/<CODE>/} folder: the ledger first (for projects that have started), then a
 * {@code project.json} whose money and worker counts are derived from it, so they always agree.
 * One instance per tree: it numbers approval documents and issues ID numbers across projects.
 */
final class ProjectWriter {

    /**
     * Fixed cycles rather than draws for what a sample must cover: any 24 consecutive projects include
     * every status, every sub-type and every relief mode. Started projects (在建, 完工, 管护) dominate, as
     * in a real county's list, and they are the ones with rosters and wages.
     */
    private static final List<Status> STATUS_CYCLE = List.of(Status.COMPLETED, Status.UNDER_CONSTRUCTION, Status.MAINTAINED,
            Status.PLANNED, Status.COMPLETED, Status.POOL, Status.UNDER_CONSTRUCTION, Status.MAINTAINED, Status.CANCELLED,
            Status.COMPLETED, Status.UNDER_CONSTRUCTION, Status.MAINTAINED);
    private static final List<String> SUB_TYPE_CYCLE = List.of("交通", "生活", "水利", "农牧", "交通", "绿化", "生活", "文旅", "水利", "环卫",
            "交通", "土方地基", "农牧", "生活", "小型附属工程", "水利");
    /** Every project pays wages (劳务报酬); these are the other modes it combines with. */
    private static final List<List<ReliefMode>> EXTRA_MODES = List.of(List.of(), List.of(ReliefMode.TRAINING_ON_THE_JOB),
            List.of(ReliefMode.PUBLIC_WELFARE_JOBS), List.of(ReliefMode.TRAINING_CENTRALIZED, ReliefMode.TRAINING_ON_THE_JOB),
            List.of(ReliefMode.ASSET_DIVIDENDS), List.of(), List.of(ReliefMode.TRAINING_COMMON_LANGUAGE),
            List.of(ReliefMode.TRAINING_ON_THE_JOB, ReliefMode.PUBLIC_WELFARE_JOBS));
    private static final List<Adjustment> ADJUSTMENTS = List.of(
            new Adjustment(List.of("content", "investmentFen"), "建设规模调整，总投资相应调整", "经村民代表大会讨论决定"),
            new Adjustment(List.of("construction"), "计划开工时间顺延约一个月", "汛期影响，无法按期开工"),
            new Adjustment(List.of("content"), "建设内容局部调整，投资规模不变", "施工图设计优化"),
            new Adjustment(List.of("content"), "调整建设地点", "根据村民代表会议意见，方便群众使用"),
            new Adjustment(List.of("workers.planned"), "增设务工岗位，计划吸纳务工人数调增", "扩大以工代赈带动就业"),
            new Adjustment(List.of("centralFundsFen"), "按下达的中央资金调整投资计划", "中央资金下达金额与申报金额不同"));
    private static final List<String> CANCELLATIONS = List.of(
            "与交通部门通村公路项目建设内容重复，予以撤销",
            "选址涉及永久基本农田，无法实施，予以撤销",
            "村民代表大会未通过建设方案，予以撤销",
            "项目前期工作未完成，当年无法开工，予以撤销");
    private static final String SHARE_RULE_30 = "国家发展改革委以工代赈中央预算内投资项目要求（2022年起）：劳务报酬占中央资金比例原则上不低于30%";

    /** An amendment the sample draws: which fields of project.json changed, how, and why. */
    private record Adjustment(List<String> fields, String change, String reason) {
    }

    /** A project's lifecycle steps and amendments, as written to project.json. */
    private record History(List<Map<String, String>> lifecycle, List<Map<String, Object>> amendments) {
    }

    /** What one project added to the tree. */
    record Written(int workers, int wageLines) {
    }

    private final ObjectWriter json;
    private final FileSink sink;
    private final FictionalPeople people = new FictionalPeople();
    /** Plan years of the sample: the 十四五 period the policy documents cover. */
    static final int FIRST_YEAR = 2021;
    static final int LAST_YEAR = 2025;

    private final int[] lastDocumentNumber = new int[LAST_YEAR - FIRST_YEAR + 1];

    ProjectWriter(ObjectWriter json, FileSink sink) {
        this.json = json;
        this.sink = sink;
    }

    Written write(Path projectsDir, int index, SplittableRandom r) throws IOException {
        Status status = STATUS_CYCLE.get(index % STATUS_CYCLE.size());
        ProjectKinds.Kind kind = ProjectKinds.of(SUB_TYPE_CYCLE.get(index % SUB_TYPE_CYCLE.size()), r);
        int year = year(r, status);
        // City greening and sanitation happen mostly in the urban subdistrict, the rest anywhere.
        Places.Town town = kind.area() == ConstructionArea.URBAN_GREENING_SANITATION && r.nextInt(10) < 7
                ? Places.URBAN : Places.TOWNS.get(r.nextInt(Places.TOWNS.size()));
        String village = town.villages().get(r.nextInt(town.villages().size()));
        String code = year + "-" + town.letters() + "-" + sequence(index + 1);
        Schedule schedule = Schedule.draw(r, year, status);
        Path dir = projectsDir.resolve(code);
        sink.createDirectory(dir);

        boolean started = schedule.elapsed() > 0;
        // About a third of the projects under construction still owe their latest month — always the first
        // one of each status cycle, so that even a small sample shows an unpaid batch.
        boolean lastBatchUnpaid = status == Status.UNDER_CONSTRUCTION && (index % STATUS_CYCLE.size() == 1 || r.nextInt(3) == 0);
        WageLedger.Totals ledger = started
                ? WageLedger.write(sink, dir, r, people, town, village, kind, year, schedule, lastBatchUnpaid)
                : new WageLedger.Totals(0, 0, 0, 0, new int[WorkerGroup.values().length]);
        int plannedWorkers = started ? Math.max(1, ledger.workers() - 3 + r.nextInt(9)) : ProjectKinds.n(r, 10, 60, 1);

        Funds money = Funds.draw(r, index, year, status, schedule, ledger, plannedWorkers);
        String maintainer = Parties.maintainer(kind, town, village);

        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", code);
        p.put("name", town.name() + village + kind.thing());
        p.put("year", year);
        p.put("town", town.name());
        p.put("village", village);
        p.put("approvalDocument", approvalDocument(r, year));
        p.put("area", kind.area().label());
        p.put("subType", kind.subType());
        List<String> modes = new ArrayList<>(List.of(ReliefMode.LABOR_REMUNERATION.label()));
        EXTRA_MODES.get(index % EXTRA_MODES.size()).forEach(mode -> modes.add(mode.label()));
        p.put("reliefModes", modes);
        p.put("content", kind.content().apply(r));
        p.put("benefit", benefit(r, kind, village, status, ledger, plannedWorkers));
        p.put("investmentFen", money.investmentFen());
        p.put("centralFundsFen", money.centralFundsFen());
        p.put("laborPlannedFen", money.laborPlannedFen());
        p.put("laborPaidFen", ledger.paidFen());
        if (money.floorPercent() != 15) {
            // LinkedHashMap, not Map.of: Map.of iterates in an order that changes between JVM runs.
            Map<String, Object> floor = new LinkedHashMap<>();
            floor.put("percent", money.floorPercent());
            floor.put("rule", SHARE_RULE_30);
            p.put("laborShareFloor", floor);
        }
        p.put("ownerUnit", Parties.ownerUnit(r, kind, town, village));
        p.put("builder", Parties.builder(r, kind, village));
        if (status.isBuilt()) {
            p.put("maintainer", maintainer);
        }
        if (index % 3 == 0) {
            p.put("hotline", town.hotline());
        }
        p.put("construction", range(schedule.start(), schedule.end()));
        p.put("notice", range(schedule.noticeStart(), schedule.noticeEnd()));
        Map<String, Integer> employed = new LinkedHashMap<>();
        for (WorkerGroup group : WorkerGroup.values()) {
            employed.put(group.label(), ledger.employed()[group.ordinal()]);
        }
        Map<String, Object> workers = new LinkedHashMap<>();
        workers.put("planned", plannedWorkers);
        workers.put("employed", employed);
        p.put("workers", workers);
        History history = history(r, index, year, status, schedule, maintainer);
        p.put("lifecycle", history.lifecycle());
        if (!history.amendments().isEmpty()) {
            p.put("amendments", history.amendments());
        }

        sink.write(dir.resolve("project.json"), SampleContent.jsonBytes(json, p));
        return new Written(ledger.workers(), ledger.lines());
    }

    /** At least four digits, zero-padded; unique because it counts projects. */
    private static String sequence(int number) {
        String digits = Integer.toString(number);
        return "0000".substring(Math.min(4, digits.length())) + digits;
    }

    /** Plan years that fit the status: what is still in the pool is recent, what is maintained is older. */
    private static int year(SplittableRandom r, Status status) {
        return switch (status) {
            case POOL -> LAST_YEAR;
            case PLANNED, UNDER_CONSTRUCTION -> LAST_YEAR - 1 + r.nextInt(2);
            case COMPLETED -> FIRST_YEAR + 1 + r.nextInt(4);
            case MAINTAINED -> FIRST_YEAR + r.nextInt(4);
            default -> FIRST_YEAR + r.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        };
    }

    /** Numbers rise through each year with small gaps (other documents take numbers too), so none repeats. */
    private String approvalDocument(SplittableRandom r, int year) {
        int number = lastDocumentNumber[year - FIRST_YEAR] += 1 + r.nextInt(3);
        return Places.DOCUMENT_PREFIX + "〔" + year + "〕" + number + "号";
    }

    /**
     * The history up to the current status, oldest first. Projects at every fifth index that got past the
     * pool also carry one amendment, dated halfway between the plan and the next step.
     */
    private static History history(SplittableRandom r, int index, int year, Status status, Schedule s, String maintainer) {
        List<Map<String, String>> events = new ArrayList<>();
        List<Map<String, Object>> amendments = new ArrayList<>();
        History history = new History(events, amendments);
        events.add(event(Status.POOL, s.pooled(), "列入" + Places.COUNTY + "以工代赈项目库"));
        if (status == Status.POOL) {
            return history;
        }
        events.add(event(Status.PLANNED, s.planned(), "列入" + year + "年度以工代赈项目计划"));
        if (index % 5 == 3) {
            LocalDate next = switch (status) {
                case PLANNED -> s.planned().plusDays(60);
                case CANCELLED -> s.cancelled();
                default -> s.start();
            };
            LocalDate date = s.planned().plusDays((next.toEpochDay() - s.planned().toEpochDay()) / 2);
            amendments.add(amendment(date, ADJUSTMENTS.get(r.nextInt(ADJUSTMENTS.size()))));
        }
        if (status == Status.CANCELLED) {
            events.add(event(Status.CANCELLED, s.cancelled(), CANCELLATIONS.get(r.nextInt(CANCELLATIONS.size()))));
            return history;
        }
        if (status == Status.PLANNED) {
            return history;
        }
        events.add(event(Status.UNDER_CONSTRUCTION, s.start(), "开工建设"));
        if (status.isBuilt()) {
            events.add(event(Status.COMPLETED, s.completed(), "完成竣工验收"));
        }
        if (status == Status.MAINTAINED) {
            events.add(event(Status.MAINTAINED, s.maintained(), "移交" + maintainer + "运行管护"));
        }
        return history;
    }

    private static Map<String, Object> amendment(LocalDate date, Adjustment adjustment) {
        Map<String, Object> amendment = new LinkedHashMap<>();
        amendment.put("date", date.toString());
        amendment.put("fields", adjustment.fields());
        amendment.put("change", adjustment.change());
        amendment.put("reason", adjustment.reason());
        return amendment;
    }

    private static Map<String, String> event(Status status, LocalDate date, String reason) {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("status", status.label());
        event.put("date", date.toString());
        event.put("reason", reason);
        return event;
    }

    private static Map<String, String> range(LocalDate start, LocalDate end) {
        Map<String, String> range = new LinkedHashMap<>();
        range.put("start", start.toString());
        range.put("end", end.toString());
        return range;
    }

    private static String benefit(SplittableRandom r, ProjectKinds.Kind kind, String village, Status status,
                                  WageLedger.Totals ledger, int plannedWorkers) {
        int households = ProjectKinds.n(r, 80, 600, 1);
        int people = households * 3 + r.nextInt(households + 1);
        StringBuilder text = new StringBuilder().append("项目惠及").append(village).append("群众").append(households)
                .append("户").append(people).append("人，其中脱贫户").append(ProjectKinds.n(r, 5, households / 6, 1))
                .append("户；").append(kind.gain().apply(r)).append("。");
        int targeted = ledger.employed()[WorkerGroup.LIFTED_OUT_OF_POVERTY.ordinal()]
                + ledger.employed()[WorkerGroup.MONITORED.ordinal()];
        switch (status) {
            case COMPLETED, MAINTAINED -> text.append("建设期间吸纳当地群众").append(ledger.workers()).append("人务工，其中脱贫人口和监测对象")
                    .append(targeted).append("人，发放劳务报酬").append(new Money(ledger.paidFen()).wan()).append("万元。");
            case UNDER_CONSTRUCTION -> text.append("目前已吸纳当地群众").append(ledger.workers()).append("人务工，其中脱贫人口和监测对象")
                    .append(targeted).append("人，已发放劳务报酬").append(new Money(ledger.paidFen()).wan()).append("万元。");
            default -> text.append("计划吸纳当地群众").append(plannedWorkers).append("人务工。");
        }
        return text.toString();
    }
}
