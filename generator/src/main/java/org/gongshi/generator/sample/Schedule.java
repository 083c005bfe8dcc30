package org.gongshi.generator.sample;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;
import org.gongshi.generator.model.Status;

/**
 * The dates of one sample project, drawn in the order things happen so that every later date is on or
 * after the earlier ones: pool, plan, notice, construction, completion, maintenance (or cancellation).
 *
 * @param months   planned construction length in months; one wage period per month
 * @param elapsed  how many of those months have been worked and paid so far (0 before construction)
 */
record Schedule(LocalDate pooled, LocalDate planned, LocalDate noticeStart, LocalDate noticeEnd,
                LocalDate start, LocalDate end, int months, int elapsed,
                LocalDate completed, LocalDate maintained, LocalDate cancelled) {

    static Schedule draw(SplittableRandom r, int year, Status status) {
        LocalDate pooled = LocalDate.of(year - 1, 9, 1).plusDays(r.nextInt(100));
        LocalDate planned = LocalDate.of(year, 1, 5).plusDays(r.nextInt(75));
        // A 公示期 of one to two weeks soon after the plan is approved.
        LocalDate noticeStart = planned.plusDays(2 + r.nextInt(7));
        LocalDate noticeEnd = noticeStart.plusDays(6 + r.nextInt(9));
        LocalDate start = noticeEnd.plusDays(7 + r.nextInt(54));
        int months = 3 + r.nextInt(4);
        LocalDate end = YearMonth.from(start).plusMonths(months - 1).atDay(10 + r.nextInt(19));
        int elapsed = switch (status) {
            case UNDER_CONSTRUCTION -> 2 + r.nextInt(months - 1);
            case COMPLETED, MAINTAINED -> months;
            default -> 0;
        };
        LocalDate completed = end.plusDays(r.nextInt(13));
        LocalDate maintained = completed.plusDays(15 + r.nextInt(46));
        LocalDate cancelled = planned.plusDays(30 + r.nextInt(120));
        return new Schedule(pooled, planned, noticeStart, noticeEnd, start, end, months, elapsed,
                completed, maintained, cancelled);
    }

    /** The month of wage period {@code index} (0 = the month construction starts). */
    YearMonth period(int index) {
        return YearMonth.from(start).plusMonths(index);
    }

    /** The most days anyone can have worked in a period: the first and last months are partial. */
    int maxDays(int index) {
        int full = 24;
        if (index == 0) {
            int left = start.lengthOfMonth() - start.getDayOfMonth() + 1;
            return Math.max(3, Math.min(full, left * 4 / 5));
        }
        if (index == months - 1) {
            return Math.max(3, Math.min(full, end.getDayOfMonth() * 4 / 5));
        }
        return full;
    }
}
