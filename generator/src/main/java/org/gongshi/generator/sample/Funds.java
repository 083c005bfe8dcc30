package org.gongshi.generator.sample;

import java.util.SplittableRandom;
import org.gongshi.generator.model.Status;

/**
 * A project's money in fen, worked backwards from its labour remuneration so the content rules always
 * hold: paid ≤ planned ≤ central funds ≤ total investment. The labour share (planned ÷ central funds) is
 * drawn above the project's floor, except for a few projects kept below it so the portal has something
 * to flag.
 */
record Funds(long investmentFen, long centralFundsFen, long laborPlannedFen, int floorPercent) {

    static Funds draw(SplittableRandom r, int index, int year, Status status, Schedule schedule,
                      WageLedger.Totals ledger, int plannedWorkers) {
        long planned = switch (status) {
            // Finished: the plan was a little above what was finally paid.
            case COMPLETED, MAINTAINED -> roundUp(ledger.paidFen() * (100 + r.nextInt(9)) / 100, 100);
            // Under way: what is due so far, stretched over the whole construction time.
            case UNDER_CONSTRUCTION -> roundUp(ledger.dueFen() * schedule.months() / schedule.elapsed() * (100 + r.nextInt(16)) / 100, 100);
            // Not started: planned workers × days × a daily wage.
            default -> roundUp(plannedWorkers * (30L + r.nextInt(51)) * (15_000L + r.nextInt(11) * 500L), 10_000);
        };
        // Projects approved from 2023 on sometimes carry the national 30% rule instead of the county's 15%.
        int floor = index % 7 == 3 && year >= 2023 ? 30 : 15;
        int share = index % 13 == 7
                ? floor - 2 - r.nextInt(5)
                : floor + 3 + r.nextInt(floor == 30 ? 16 : 31);
        long central = roundUp(planned * 100 / share, 100_000);
        long investment = roundUp(central * 100 / (55 + r.nextInt(46)), 100_000);
        return new Funds(investment, central, planned, floor);
    }

    /** Budgets are set in round amounts: up to the next multiple of {@code unit} fen. */
    private static long roundUp(long fen, long unit) {
        return (fen + unit - 1) / unit * unit;
    }
}
