package org.gongshi.generator.opendata;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.gongshi.generator.compliance.Flag;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.mask.WageBatch;
import org.gongshi.generator.model.WorkerGroup;

/**
 * The columns of the open-data files {@code projects.csv}/{@code projects.json} and {@code wage-batches.csv}.
 * Wage batches are sums per pay period: no worker's line, name or any other personal field is ever a column.
 */
public final class OpenDataTables {

    /** One pay period of one project: a row of {@code wage-batches.csv}. */
    public record BatchRow(PublicProject project, WageBatch batch) {
    }

    public static final List<Column<PublicProject>> PROJECTS = projectColumns();

    public static final List<Column<BatchRow>> WAGE_BATCHES = new Columns<BatchRow>()
            .text("code", "项目编号", r -> r.project().project().code())
            .text("name", "项目名称", r -> r.project().project().name())
            .count("year", "项目年度", "年", r -> r.project().project().year())
            .month("period", "发放期间", r -> r.batch().period())
            .count("lines", "发放人次", "人次", r -> r.batch().lines())
            .count("days", "务工天数", "人日", r -> r.batch().days())
            .money("due", "应发劳务报酬", r -> r.batch().due())
            .money("paid", "实发劳务报酬", r -> r.batch().paid())
            .count("paid_to_card", "打卡发放到本人银行卡的人次", "人次", r -> r.batch().paidToCard())
            .count("confirmed", "本人签字确认的人次", "人次", r -> r.batch().confirmed())
            .count("unpaid", "尚未发放的人次", "人次", r -> r.batch().unpaid())
            .flag("settled", "已足额发放且全部确认", r -> r.batch().settled())
            .list();

    private OpenDataTables() {
    }

    public static List<BatchRow> batches(List<PublicProject> projects) {
        return projects.stream().flatMap(p -> p.batches().stream().map(b -> new BatchRow(p, b))).toList();
    }

    private static List<Column<PublicProject>> projectColumns() {
        Columns<PublicProject> columns = new Columns<PublicProject>()
                .text("code", "项目编号", p -> p.project().code())
                .text("name", "项目名称", p -> p.project().name())
                .count("year", "项目年度", "年", p -> p.project().year())
                .text("town", "镇（街道）", p -> p.project().town())
                .text("village", "村", p -> p.project().village())
                .text("area", "建设领域", p -> p.project().area().label())
                .text("sub_type", "建设类型", p -> p.project().subType())
                .text("approval_document", "批复文号", p -> p.project().approvalDocument())
                .text("status", "项目状态：储备、计划、在建、完工、管护、撤销、合并", PublicProject::status)
                .flag("withdrawn", "已撤销或合并（金额不计入各项合计）", PublicProject::withdrawn)
                .money("investment", "总投资", p -> p.project().investment())
                .money("central_funds", "中央资金", p -> p.project().centralFunds())
                .money("labor_planned", "计划劳务报酬", p -> p.project().laborPlanned())
                .money("labor_paid", "已发放劳务报酬", p -> p.project().laborPaid())
                .share("planned_share_percent", "计划劳务报酬占中央资金比例，两位小数，向下取整；无中央资金时为空", PublicProject::plannedShare)
                .share("paid_share_percent", "已发放劳务报酬占中央资金比例，两位小数，向下取整；无中央资金时为空", PublicProject::paidShare)
                .count("share_floor_percent", "劳务报酬占比下限", "%", p -> p.project().laborShareFloor().percent())
                .text("share_floor_rule", "比例下限的依据", p -> p.project().laborShareFloor().rule())
                .flag("below_floor", "低于比例下限（完工后按已发放、完工前按计划计算）", PublicProject::belowFloor)
                .text("flags", "问题提示（按生成日计算），多项用“；”分隔；没有则为空",
                        p -> p.flags().stream().map(Flag::title).collect(Collectors.joining("；")))
                .count("workers_planned", "计划用工", "人", p -> p.project().workers().planned())
                .count("workers_employed", "实际吸纳务工", "人", PublicProject::employedTotal);
        for (WorkerGroup group : WorkerGroup.values()) {
            columns.count("workers_" + group.name().toLowerCase(Locale.ROOT), "实际吸纳务工中的" + group.label(), "人",
                    p -> p.project().workers().employed().getOrDefault(group, 0));
        }
        return columns
                .date("construction_start", "建设开始", p -> p.project().construction().start())
                .date("construction_end", "建设结束", p -> p.project().construction().end())
                .date("notice_start", "公示期开始", p -> p.project().notice().start())
                .date("notice_end", "公示期结束", p -> p.project().notice().end())
                .text("owner_unit", "项目业主", p -> p.project().ownerUnit())
                .text("builder", "施工单位", p -> p.project().builder())
                .text("maintainer", "运行管护责任主体", p -> p.project().maintainer())
                .text("hotline", "监督举报电话（办公电话）", p -> p.project().hotline())
                .date("last_change", "最近一次状态变化或变更", PublicProject::lastChange)
                .text("url", "项目公示页面的网址（本站内路径）", PublicProject::url)
                .list();
    }
}
