package org.gongshi.generator.render;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.mask.WageBatch;
import org.gongshi.generator.mask.Withdrawal;
import org.gongshi.generator.model.Project;
import org.gongshi.generator.model.Site;

/**
 * Which board a project's site carries and what it says. The policy (公示公告制度) asks for a notice board
 * (公开栏) while the work goes on — who works, what was paid, where to complain — and a permanent signboard
 * (永久性公示牌) after completion with five facts: name, construction time, content, benefit, maintainer.
 */
final class Signboards {

    private Signboards() {
    }

    static Signboard of(PublicProject notice, Site site, String successorName) {
        Project p = notice.project();
        String qr = QrCode.url(site.baseUrl(), p.code());
        if (notice.withdrawn()) {
            return new Signboard("以工代赈项目" + notice.withdrawal().get(0).status() + "说明", p.name(), p.code(),
                    withdrawn(notice.withdrawal().get(0), successorName), p.hotline(), site.office(), qr);
        }
        if (notice.built()) {
            return new Signboard("以工代赈项目永久性公示牌", p.name(), p.code(), List.of(
                    new Signboard.Fact("建设时间", period(p)),
                    new Signboard.Fact("建设内容", p.content()),
                    new Signboard.Fact("群众受益情况", p.benefit()),
                    new Signboard.Fact("运行管护责任主体", notice.maintainer())), p.hotline(), site.office(), qr);
        }
        return new Signboard("以工代赈项目公开栏", p.name(), p.code(), List.of(
                new Signboard.Fact("建设内容", p.content()),
                new Signboard.Fact("计划建设时间", period(p)),
                new Signboard.Fact("群众务工信息", workers(notice)),
                new Signboard.Fact("劳务报酬发放", wages(notice)),
                new Signboard.Fact("项目业主", p.ownerUnit()),
                new Signboard.Fact("施工单位", p.builder())), p.hotline(), site.office(), qr);
    }

    private static String period(Project p) {
        return p.construction().start() + " 至 " + p.construction().end();
    }

    private static String workers(PublicProject notice) {
        String groups = notice.employed().stream().filter(g -> g.count() > 0)
                .map(g -> g.group() + " " + g.count() + " 人").collect(Collectors.joining("，"));
        return "计划用工 " + notice.project().workers().planned() + " 人，已吸纳务工 " + notice.employedTotal() + " 人"
                + (groups.isEmpty() ? "" : "（" + groups + "）");
    }

    private static String wages(PublicProject notice) {
        if (notice.batches().isEmpty()) {
            return "尚未发放";
        }
        WageBatch total = notice.wageTotal();
        return "已发放 " + total.paid().yuan() + " 元，共 " + notice.batches().size() + " 批次"
                + (total.unpaid() > 0 ? "，尚有 " + total.unpaid() + " 人次未发放" : "，均已发放")
                + "；明细见扫码页面";
    }

    private static List<Signboard.Fact> withdrawn(Withdrawal w, String successorName) {
        List<Signboard.Fact> facts = new ArrayList<>();
        facts.add(new Signboard.Fact(w.status() + "时间", w.date()));
        facts.add(new Signboard.Fact(w.status() + "原因", w.reason()));
        if (!w.successorCode().isEmpty()) {
            facts.add(new Signboard.Fact(w.status().equals("合并") ? "并入项目" : "后续项目",
                    successorName + "（" + w.successorCode() + "）"));
        }
        return facts;
    }
}
