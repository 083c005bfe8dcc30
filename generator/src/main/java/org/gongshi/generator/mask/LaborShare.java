package org.gongshi.generator.mask;

import org.gongshi.generator.model.LaborShareFloor;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.Public;

/** Labor remuneration as a share of central funds (劳务报酬占中央资金比例), in exact integer arithmetic. */
@Public
public record LaborShare(Money labor, Money centralFunds) {

    public boolean defined() {
        return centralFunds.fen() > 0;
    }

    /** Hundredths of a percent, rounded down, so 14.999% never shows as 15.00%. */
    public long basisPoints() {
        return defined() ? Math.multiplyExact(labor.fen(), 10_000L) / centralFunds.fen() : 0;
    }

    /** "15.23%", or "—" without central funds. */
    public String percent() {
        if (!defined()) {
            return "—";
        }
        long bp = basisPoints();
        return bp / 100 + "." + String.format("%02d", bp % 100) + "%";
    }

    /** Compared as labor × 100 &lt; floor × central funds: exact, no rounding at the boundary. */
    public boolean below(LaborShareFloor floor) {
        return defined() && Math.multiplyExact(labor.fen(), 100L) < Math.multiplyExact(centralFunds.fen(), (long) floor.percent());
    }
}
