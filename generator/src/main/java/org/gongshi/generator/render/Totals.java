package org.gongshi.generator.render;

import java.util.Arrays;
import java.util.List;
import org.gongshi.generator.mask.GroupCount;
import org.gongshi.generator.mask.LaborShare;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.Public;
import org.gongshi.generator.model.WorkerGroup;

/**
 * Sums over a list of projects, as list pages show them. Withdrawn (cancelled or merged) projects are counted but
 * not summed: their money went elsewhere. {@code employed} has every worker group, in policy order, zero allowed.
 */
@Public
public record Totals(int projects, int withdrawn, Money investment, Money centralFunds, Money laborPaid, int workers,
                     List<GroupCount> employed) {

    public Totals {
        employed = List.copyOf(employed);
    }

    public static Totals of(List<PublicProject> projects) {
        Money investment = Money.ZERO;
        Money central = Money.ZERO;
        Money labor = Money.ZERO;
        int workers = 0;
        int withdrawn = 0;
        int[] byGroup = new int[WorkerGroup.values().length];
        for (PublicProject p : projects) {
            if (p.withdrawn()) {
                withdrawn++;
                continue;
            }
            investment = investment.plus(p.project().investment());
            central = central.plus(p.project().centralFunds());
            labor = labor.plus(p.project().laborPaid());
            workers += p.employedTotal();
            p.project().workers().employed().forEach((group, count) -> byGroup[group.ordinal()] += count);
        }
        List<GroupCount> employed = Arrays.stream(WorkerGroup.values())
                .map(g -> new GroupCount(g.label(), byGroup[g.ordinal()])).toList();
        return new Totals(projects.size(), withdrawn, investment, central, labor, workers, employed);
    }

    public LaborShare laborShare() {
        return new LaborShare(laborPaid, centralFunds);
    }
}
