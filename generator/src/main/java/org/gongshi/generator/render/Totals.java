package org.gongshi.generator.render;

import java.util.List;
import org.gongshi.generator.mask.LaborShare;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.model.Money;

/** Sums over a list of projects, as list pages show them. Withdrawn (cancelled or merged) projects are counted but not summed: their money went elsewhere. */
public record Totals(int projects, int withdrawn, Money investment, Money centralFunds, Money laborPaid, int workers) {

    public static Totals of(List<PublicProject> projects) {
        Money investment = Money.ZERO;
        Money central = Money.ZERO;
        Money labor = Money.ZERO;
        int workers = 0;
        int withdrawn = 0;
        for (PublicProject p : projects) {
            if (p.withdrawn()) {
                withdrawn++;
                continue;
            }
            investment = investment.plus(p.project().investment());
            central = central.plus(p.project().centralFunds());
            labor = labor.plus(p.project().laborPaid());
            workers += p.employedTotal();
        }
        return new Totals(projects.size(), withdrawn, investment, central, labor, workers);
    }

    public LaborShare laborShare() {
        return new LaborShare(laborPaid, centralFunds);
    }
}
