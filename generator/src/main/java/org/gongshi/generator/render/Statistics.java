package org.gongshi.generator.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;
import org.gongshi.generator.mask.GroupCount;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.mask.PublicWageLine;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.opendata.Columns;
import org.gongshi.generator.opendata.DataTable;

/**
 * The figures of {@code /stats/}, each as a table (its CSV and the page table) and a chart made from the same
 * rows. Sums follow {@link Totals}: withdrawn projects are counted, not summed. Every amount is integer fen.
 */
final class Statistics {

    /** Above this many projects the share chart shows how many projects fall in each 5-point band instead. */
    static final int PER_PROJECT_LIMIT = 100;
    static final int BAND_POINTS = 5;

    /** A table with the chart drawn from it; {@code table} is the CSV, {@code shown} the rows on the page. */
    record Figure(String id, String heading, List<String> notes, String svg, DataTable<?> table, DataTable<?> shown) {

        String csvUrl() {
            return "/stats/" + id + ".csv";
        }

        StatsPage.StatsChart chart() {
            return new StatsPage.StatsChart(id, heading, notes, svg, heading, shown.headings(), shown.pageCells(), csvUrl());
        }
    }

    /** Projects of one year or one town, summed. */
    record Group(String name, Totals totals) {
    }

    /** Wage lines paid in one month. */
    record Month(String month, int lines, Money paid) {
    }

    /** Projects whose share falls in one band [from, from + 5) percent. */
    record Band(int from, int projects, int belowFloor, List<Integer> floors) {
        String label() {
            return from + "%–" + (from + BAND_POINTS) + "%";
        }

        /** "15%、30%": the floors that fall in this band, "" for none. */
        String floorsText() {
            return String.join("、", floors.stream().map(f -> f + "%").toList());
        }
    }

    private static final List<BarChart.Series> MONEY_SERIES = List.of(new BarChart.Series("中央资金"), new BarChart.Series("已发放劳务报酬"));

    private Statistics() {
    }

    static List<Figure> of(List<PublicProject> projects) {
        return List.of(byYear(projects), byTown(projects), laborShare(projects), workers(projects), payments(projects));
    }

    static Figure byYear(List<PublicProject> projects) {
        return money("by-year", "各年度中央资金与劳务报酬", "year", "年度",
                groups(projects, p -> String.valueOf(p.project().year()), Comparator.comparing(Group::name)));
    }

    static Figure byTown(List<PublicProject> projects) {
        return money("by-town", "各镇（街道）中央资金与劳务报酬", "town", "镇（街道）",
                groups(projects, p -> p.project().town(), Comparator.comparing((Group g) -> g.totals().centralFunds()).reversed()
                        .thenComparing(Group::name)));
    }

    private static List<Group> groups(List<PublicProject> projects, Function<PublicProject, String> key, Comparator<Group> order) {
        Map<String, List<PublicProject>> byKey = new TreeMap<>();
        projects.forEach(p -> byKey.computeIfAbsent(key.apply(p), k -> new ArrayList<>()).add(p));
        return byKey.entrySet().stream().map(e -> new Group(e.getKey(), Totals.of(e.getValue()))).sorted(order).toList();
    }

    private static Figure money(String id, String heading, String keyName, String keyLabel, List<Group> groups) {
        DataTable<Group> table = new DataTable<>(new Columns<Group>()
                .text(keyName, keyLabel, Group::name)
                .count("projects", "项目数", "个", g -> g.totals().projects())
                .count("withdrawn", "其中已撤销或合并", "个", g -> g.totals().withdrawn())
                .money("central_funds", "中央资金", g -> g.totals().centralFunds())
                .money("labor_paid", "已发放劳务报酬", g -> g.totals().laborPaid())
                .share("labor_share_percent", "劳务报酬占中央资金比例", g -> g.totals().laborShare())
                .list(), groups);
        List<BarChart.Row> rows = groups.stream().map(g -> new BarChart.Row(g.name(), List.of(
                wan(g.totals().centralFunds()), wan(g.totals().laborPaid())))).toList();
        return new Figure(id, heading, List.of("单位：万元。已撤销或合并的项目计入项目数，金额不计入合计。"),
                BarChart.svg(id, heading, MONEY_SERIES, rows, ""), table, table);
    }

    static Figure laborShare(List<PublicProject> projects) {
        String id = "labor-share";
        String heading = "各项目劳务报酬占中央资金比例与比例下限";
        List<PublicProject> live = projects.stream().filter(p -> !p.withdrawn()).toList();
        DataTable<PublicProject> table = new DataTable<>(new Columns<PublicProject>()
                .text("code", "项目编号", p -> p.project().code())
                .text("name", "项目名称", p -> p.project().name())
                .text("status", "项目状态", PublicProject::status)
                .text("share_basis", "计算依据", p -> p.built() ? "已发放" : "计划")
                .share("share_percent", "劳务报酬占中央资金比例", PublicProject::relevantShare)
                .count("floor_percent", "比例下限", "%", p -> p.project().laborShareFloor().percent())
                .flag("below_floor", "低于比例下限", PublicProject::belowFloor)
                .list(), live);
        List<String> notes = new ArrayList<>(List.of(
                "完工（含管护）的项目按已发放的劳务报酬计算，其他项目按计划计算。已撤销或合并的项目不列入。",
                "比例按两位小数向下取整；“低于下限”以文字标出。"));
        long below = live.stream().filter(PublicProject::belowFloor).count();
        notes.add("共 " + live.size() + " 个项目，其中 " + below + " 个低于比例下限。");
        if (live.size() <= PER_PROJECT_LIMIT) {
            List<BarChart.Row> rows = live.stream().map(p -> new BarChart.Row(p.project().code(),
                    List.of(new BarChart.Bar(p.relevantShare().basisPoints(), p.relevantShare().percent())),
                    OptionalLong.of(p.project().laborShareFloor().percent() * 100L),
                    p.belowFloor() ? "低于下限 " + p.project().laborShareFloor().percent() + "%" : "")).toList();
            return new Figure(id, heading, notes,
                    BarChart.svg(id, heading, List.of(new BarChart.Series("劳务报酬占比")), rows, "比例下限"), table, table);
        }
        List<Band> bands = bands(live);
        notes.add("项目超过 " + PER_PROJECT_LIMIT + " 个，图和表按每 " + BAND_POINTS
                + " 个百分点分段统计项目数；CSV 文件仍是每个项目一行。没有中央资金的项目无法计算比例，不计入分段。");
        DataTable<Band> shown = new DataTable<>(new Columns<Band>()
                .text("band", "比例区间", Band::label)
                .count("projects", "项目数", "个", Band::projects)
                .count("below_floor", "其中低于比例下限", "个", Band::belowFloor)
                .text("floors", "区间内的比例下限", Band::floorsText)
                .list(), bands);
        List<BarChart.Row> rows = bands.stream().map(b -> new BarChart.Row(b.label(),
                List.of(new BarChart.Bar(b.projects(), b.projects() + " 个"), new BarChart.Bar(b.belowFloor(), b.belowFloor() + " 个")),
                OptionalLong.empty(),
                b.floors().isEmpty() ? "" : "比例下限 " + b.floorsText()))
                .toList();
        return new Figure(id, heading, notes, BarChart.svg(id, heading,
                List.of(new BarChart.Series("项目数"), new BarChart.Series("其中低于下限")), rows, ""), table, shown);
    }

    /** Every band from 0 up to the highest share, empty ones included so the shape reads true. */
    static List<Band> bands(List<PublicProject> projects) {
        List<PublicProject> defined = projects.stream().filter(p -> p.relevantShare().defined()).toList();
        int top = (int) (defined.stream().mapToLong(p -> p.relevantShare().basisPoints()).max().orElse(0) / (BAND_POINTS * 100));
        List<Integer> floors = projects.stream().map(p -> p.project().laborShareFloor().percent()).distinct().sorted().toList();
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i <= top; i++) {
            int from = i * BAND_POINTS;
            List<PublicProject> in = defined.stream()
                    .filter(p -> p.relevantShare().basisPoints() / (BAND_POINTS * 100) == from / BAND_POINTS).toList();
            bands.add(new Band(from, in.size(), (int) in.stream().filter(PublicProject::belowFloor).count(),
                    floors.stream().filter(f -> f >= from && f < from + BAND_POINTS).toList()));
        }
        return bands;
    }

    static Figure workers(List<PublicProject> projects) {
        String heading = "务工群众人数（按人员类别）";
        List<GroupCount> groups = Totals.of(projects).employed();
        DataTable<GroupCount> table = new DataTable<>(new Columns<GroupCount>()
                .text("group", "人员类别", GroupCount::group)
                .count("workers", "实际吸纳务工", "人", GroupCount::count)
                .list(), groups);
        List<BarChart.Row> rows = groups.stream()
                .map(g -> new BarChart.Row(g.group(), List.of(new BarChart.Bar(g.count(), g.count() + " 人")))).toList();
        return new Figure("workers", heading, List.of("各项目实际吸纳务工人数之和；已撤销或合并的项目不计入。"),
                BarChart.svg("workers", heading, List.of(new BarChart.Series("务工人数")), rows, ""), table, table);
    }

    static Figure payments(List<PublicProject> projects) {
        String heading = "每月发放的劳务报酬";
        Map<String, int[]> lines = new TreeMap<>();
        Map<String, Money> paid = new TreeMap<>();
        for (PublicProject p : projects) {
            for (PublicWageLine line : p.wageLines()) {
                if (!line.payDate().isEmpty()) {
                    String month = line.payDate().substring(0, 7);
                    lines.computeIfAbsent(month, m -> new int[1])[0]++;
                    paid.merge(month, line.paid(), Money::plus);
                }
            }
        }
        List<Month> months = paid.entrySet().stream()
                .map(e -> new Month(e.getKey(), lines.get(e.getKey())[0], e.getValue())).toList();
        DataTable<Month> table = new DataTable<>(new Columns<Month>()
                .month("month", "发放月份", Month::month)
                .count("lines", "发放人次", "人次", Month::lines)
                .money("paid", "实发劳务报酬", Month::paid)
                .list(), months);
        List<BarChart.Row> rows = months.stream().map(m -> new BarChart.Row(m.month(),
                List.of(new BarChart.Bar(m.paid().fen(), m.paid().yuan() + " 元")))).toList();
        return new Figure("payments", heading,
                List.of("按劳务报酬发放公示中每笔报酬的发放日期汇总，含已撤销或合并项目此前已发放的部分；未发放的不计入。"),
                BarChart.svg("payments", heading, List.of(new BarChart.Series("实发劳务报酬")), rows, ""), table, table);
    }

    private static BarChart.Bar wan(Money money) {
        return new BarChart.Bar(money.fen(), money.wan() + " 万元");
    }
}
