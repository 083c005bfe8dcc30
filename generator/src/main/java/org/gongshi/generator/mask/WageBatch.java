package org.gongshi.generator.mask;

import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.Public;

/** All lines of one pay period, summed: what the wage publicity lists as a 发放批次. */
@Public
public record WageBatch(
        String period,
        int lines,
        int days,
        Money due,
        Money paid,
        int paidToCard,
        int confirmed,
        int unpaid) {

    public boolean settled() {
        return unpaid == 0 && confirmed == lines && paid.equals(due);
    }
}
