package org.gongshi.generator.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.gongshi.generator.model.WorkerGroup;

/**
 * Writes one project's {@code roster.csv} and {@code wages.csv} the way an office exports them from Excel
 * (UTF-8 with a byte-order mark, Chinese headers) and returns the totals the project record must agree
 * with. Rows are appended to a StringBuilder by hand: ten thousand projects mean over a million lines.
 * No generated value contains a comma, quote or line break, so no cell needs quoting.
 */
final class WageLedger {

    private static final List<WorkerGroup> GROUPS = List.of(WorkerGroup.values());
    /** Shares of 脱贫人口, 监测对象, 低收入人口 and 其他 on a typical site, in {@link WorkerGroup} order. */
    private static final int[] GROUP_WEIGHTS = {35, 10, 15, 40};
    private static final String ROSTER_HEADER = "\uFEFF姓名,身份证号,村组,联系电话,开户银行,银行卡号,人员类别,工种\n";
    private static final String WAGES_HEADER = "\uFEFF姓名,身份证号,发放期间,务工天数,应发金额,实发金额,发放日期,打卡发放,本人确认\n";
    private static final String[] GROUP_NUMBERS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    /**
     * What was written. {@code dueFen} counts every line, {@code paidFen} only what reached the workers;
     * {@code employed} counts roster workers per group, indexed by {@link WorkerGroup#ordinal()}.
     */
    record Totals(int workers, int lines, long dueFen, long paidFen, int[] employed) {
    }

    private WageLedger() {
    }

    /**
     * @param lastBatchUnpaid whether the latest pay period is still owed (a project under construction
     *                        whose month has just closed): those lines get no date, 否/否 and 0.00 paid
     */
    static Totals write(FileSink sink, Path projectDir, SplittableRandom r, FictionalPeople people, Places.Town town, String village,
                        ProjectKinds.Kind kind, int year, Schedule schedule, boolean lastBatchUnpaid) throws IOException {
        int size = 10 + r.nextInt(51);
        int periods = schedule.elapsed();
        char clan = FictionalPeople.clanSurname(r);
        long[] jobWages = dailyWages(r, kind, year);

        String[] names = new String[size];
        String[] ids = new String[size];
        long[] daily = new long[size];
        int[] first = new int[size];
        int[] last = new int[size];
        int[] employed = new int[GROUPS.size()];
        StringBuilder roster = new StringBuilder(size * 140).append(ROSTER_HEADER);
        for (int w = 0; w < size; w++) {
            FictionalPeople.Person p = people.person(r, town, year, clan);
            int group = weighted(r, GROUP_WEIGHTS);
            employed[group]++;
            // About two in three are 普工; the rest work the trade this kind of works needs.
            int job = r.nextInt(3) < 2 ? 0 : 1 + r.nextInt(kind.skilledJobs().size());
            names[w] = p.name();
            ids[w] = p.idNumber();
            daily[w] = jobWages[job];
            // Most villagers stay on the site all along; some join late or leave early.
            int batches = periods - r.nextInt(Math.min(3, periods - 1));
            first[w] = r.nextInt(periods - batches + 1);
            last[w] = first[w] + batches - 1;
            String home = r.nextInt(10) < 9 ? village : town.villages().get(r.nextInt(town.villages().size()));
            roster.append(p.name()).append(',').append(p.idNumber()).append(',')
                    .append(home).append(GROUP_NUMBERS[r.nextInt(GROUP_NUMBERS.length)]).append("组,")
                    .append(p.phone()).append(',').append(p.bank()).append(',').append(p.cardNumber()).append(',')
                    .append(GROUPS.get(group).label()).append(',')
                    .append(job == 0 ? "普工" : kind.skilledJobs().get(job - 1)).append('\n');
        }

        StringBuilder wages = new StringBuilder(size * periods * 90).append(WAGES_HEADER);
        long dueFen = 0;
        long paidFen = 0;
        int lines = 0;
        for (int period = 0; period < periods; period++) {
            String month = schedule.period(period).toString();
            boolean unpaid = lastBatchUnpaid && period == periods - 1;
            // One payroll run per month, paid into cards in the first weeks of the next month.
            String payDate = unpaid ? "" : schedule.period(period).plusMonths(1).atDay(5 + r.nextInt(16)).toString();
            int maxDays = schedule.maxDays(period);
            for (int w = 0; w < size; w++) {
                if (period < first[w] || period > last[w]) {
                    continue;
                }
                int days = Math.max(1, maxDays / 3) + r.nextInt(maxDays - Math.max(1, maxDays / 3) + 1);
                long due = daily[w] * days;
                long paid = unpaid ? 0 : due;
                dueFen += due;
                paidFen += paid;
                lines++;
                wages.append(names[w]).append(',').append(ids[w]).append(',').append(month).append(',').append(days).append(',');
                appendYuan(wages, due).append(',');
                appendYuan(wages, paid).append(',').append(payDate).append(',');
                if (unpaid) {
                    wages.append("否,否\n");
                } else {
                    // Almost all pay goes to the worker's own card and is confirmed; the odd exception is
                    // what the published ledger exists to show.
                    wages.append(r.nextInt(100) == 0 ? "否," : "是,").append(r.nextInt(40) == 0 ? "否\n" : "是\n");
                }
            }
        }
        sink.write(projectDir.resolve("roster.csv"), roster.toString().getBytes(StandardCharsets.UTF_8));
        sink.write(projectDir.resolve("wages.csv"), wages.toString().getBytes(StandardCharsets.UTF_8));
        return new Totals(size, lines, dueFen, paidFen, employed);
    }

    /** Yuan with exactly two decimals, from whole fen, without floating point. */
    static StringBuilder appendYuan(StringBuilder out, long fen) {
        long cents = fen % 100;
        return out.append(fen / 100).append('.').append(cents < 10 ? "0" : "").append(cents);
    }

    /**
     * Daily wage in fen per job of this project: index 0 is 普工, then the kind's skilled jobs. Everyone in
     * the same job on the same site earns the same, and wages rise a little each year.
     */
    private static long[] dailyWages(SplittableRandom r, ProjectKinds.Kind kind, int year) {
        long[] wages = new long[1 + kind.skilledJobs().size()];
        long yearly = (year - ProjectWriter.FIRST_YEAR) * 500L;
        wages[0] = 14_000 + yearly + r.nextInt(9) * 500L + (r.nextInt(5) == 0 ? 50 : 0);
        for (int i = 1; i < wages.length; i++) {
            wages[i] = 19_000 + yearly + r.nextInt(19) * 500L + (r.nextInt(5) == 0 ? 50 : 0);
        }
        return wages;
    }

    private static int weighted(SplittableRandom r, int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = r.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
