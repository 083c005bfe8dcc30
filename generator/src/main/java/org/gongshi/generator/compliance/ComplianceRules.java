package org.gongshi.generator.compliance;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.gongshi.generator.mask.LaborShare;
import org.gongshi.generator.mask.WageBatch;
import org.gongshi.generator.model.LaborShareFloor;
import org.gongshi.generator.model.Project;
import org.gongshi.generator.model.Status;

/**
 * Computes a project's compliance flags as of one day. {@code wageOverdueDays} is how long after the end of a pay
 * period its wages may still be unpaid or unconfirmed (site.json {@code wageOverdueDays}).
 */
public record ComplianceRules(LocalDate asOf, int wageOverdueDays) {

    public static final int DEFAULT_WAGE_OVERDUE_DAYS = 30;

    /** The two policy documents the requirements come from (see the policy folder beside DOMAIN.md). */
    private static final String WAGE_RULE = "《关于因地制宜开展以工代赈工作促进农民群众就业增收的实施意见》（京发改〔2023〕1336号）："
            + "及时足额发放劳务报酬……经务工人员确认后，原则上将劳务报酬通过银行卡发放至本人";
    private static final String NOTICE_RULE = "《“十四五”以工代赈工作实施方案》公示公告制度：项目施工期间，通过公开栏等方式"
            + "对群众务工信息、劳务报酬发放情况、监督举报电话等内容予以公示；项目建成后，在项目点通过设置永久性公示牌等方式"
            + "对项目名称、建设时间、建设内容、群众受益情况、运行管护责任主体等信息予以公示";

    /**
     * The flags of a project, in {@link FlagKind} order. {@code share} is the share the floor applies to (paid once
     * built, planned before). A withdrawn project has none: nothing more is expected of it.
     */
    public List<Flag> flags(Project p, List<WageBatch> batches, LaborShare share) {
        Status status = p.status();
        List<Flag> flags = new ArrayList<>();
        if (status.isWithdrawn()) {
            return flags;
        }
        LaborShareFloor floor = p.laborShareFloor();
        if (share.below(floor)) {
            flags.add(new Flag(FlagKind.LABOR_SHARE_BELOW_FLOOR,
                    (status.isBuilt() ? "已发放" : "计划") + "劳务报酬占中央资金 " + share.percent() + "，低于 "
                            + floor.percent() + "% 的要求", floor.rule()));
        }
        List<String> overdue = batches.stream().filter(this::overdue).map(ComplianceRules::describe).toList();
        if (!overdue.isEmpty()) {
            flags.add(new Flag(FlagKind.WAGES_OVERDUE, String.join("；", overdue) + "。截至 " + asOf + "，已超过发放期结束后 "
                    + wageOverdueDays + " 天", WAGE_RULE));
        }
        if (!status.isBuilt() && p.notice().end().isBefore(asOf)) {
            flags.add(new Flag(FlagKind.NOTICE_EXPIRED, "公示期 " + p.notice().start() + " 至 " + p.notice().end()
                    + " 已结束，项目状态仍为“" + status.label() + "”，没有完工记录", NOTICE_RULE));
        }
        if (status.isBuilt() && p.maintainer().isBlank()) {
            flags.add(new Flag(FlagKind.NO_MAINTAINER, "项目已" + status.label() + "，记录中没有运行管护责任主体",
                    NOTICE_RULE));
        }
        return flags;
    }

    /** Wages of a period are due by its last day; after the grace period every line must be paid and confirmed. */
    private boolean overdue(WageBatch batch) {
        boolean open = batch.unpaid() > 0 || batch.confirmed() < batch.lines();
        return open && YearMonth.parse(batch.period()).atEndOfMonth().plusDays(wageOverdueDays).isBefore(asOf);
    }

    private static String describe(WageBatch batch) {
        List<String> parts = new ArrayList<>();
        if (batch.unpaid() > 0) {
            parts.add(batch.unpaid() + " 人次未发放");
        }
        int unconfirmed = batch.lines() - batch.confirmed();
        if (unconfirmed > 0) {
            parts.add(unconfirmed + " 人次未经本人确认");
        }
        return batch.period() + " 发放批次 " + String.join("、", parts);
    }
}
