package org.gongshi.generator.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.gongshi.generator.Problems;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.WagePayment;

/**
 * Reads the wage ledger, {@code wages.csv} or {@code wages.xlsx}; amounts come in yuan or in fen, chosen by the
 * column header. A 合计 row must agree with the lines above it.
 */
final class WageReader {

    private static final Headers HEADERS = Headers.of(Map.ofEntries(
            Map.entry("name", RosterReader.NAME),
            Map.entry("id_number", RosterReader.ID_NUMBER),
            Map.entry("period", List.of("发放期间", "所属期间", "期间", "月份", "发放月份", "工资月份")),
            Map.entry("days", List.of("务工天数", "出勤天数", "天数", "工作天数", "出工天数")),
            Map.entry("amount_due_yuan", List.of("应发金额", "应发金额(元)", "应发工资", "应发工资(元)")),
            Map.entry("amount_paid_yuan", List.of("实发金额", "实发金额(元)", "实发工资", "实发工资(元)",
                    "发放金额", "发放金额(元)", "金额", "金额(元)")),
            Map.entry("amount_due_fen", List.of("应发金额(分)")),
            Map.entry("amount_paid_fen", List.of("实发金额(分)")),
            Map.entry("pay_date", List.of("发放日期", "发放时间", "支付日期")),
            Map.entry("paid_to_card", List.of("打卡发放", "是否打卡发放", "是否打卡")),
            Map.entry("confirmed", List.of("本人确认", "是否本人确认", "是否确认"))));
    private static final Set<String> REQUIRED = Set.of("name", "id_number", "period", "days", "pay_date", "paid_to_card", "confirmed");

    private WageReader() {
    }

    record Ledger(Path file, List<WagePayment> payments, List<Integer> lines) {
    }

    /** A {@code .xlsx} file is read as an Excel workbook, any other as CSV. */
    static Optional<Ledger> read(Path file, Problems problems) {
        return Table.read(file, HEADERS, REQUIRED, problems).flatMap(table -> {
            if (!amountColumnsPresent(table, problems)) {
                return Optional.empty();
            }
            Cells cells = new Cells(table, problems);
            List<WagePayment> payments = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (Table.Row row : table.rows()) {
                payments.add(new WagePayment(
                        cells.text(row, "name"),
                        cells.text(row, "id_number").toUpperCase(),
                        cells.period(row, "period"),
                        cells.integer(row, "days", 0, 31),
                        amount(cells, row, "due"),
                        amount(cells, row, "paid"),
                        cells.optionalDate(row, "pay_date"),
                        cells.yesNo(row, "paid_to_card"),
                        cells.yesNo(row, "confirmed")));
                lines.add(row.line());
            }
            checkTotals(table, cells, payments, problems);
            return Optional.of(new Ledger(file, payments, lines));
        });
    }

    private static String amountColumn(Table table, String kind) {
        return table.columns().contains("amount_" + kind + "_fen") ? "amount_" + kind + "_fen" : "amount_" + kind + "_yuan";
    }

    private static Money amount(Cells cells, Table.Row row, String kind) {
        String column = amountColumn(cells.table(), kind);
        return column.endsWith("_fen") ? cells.fen(row, column) : cells.yuan(row, column);
    }

    /**
     * Offices add the sum at the foot of the sheet and sign it; a sum that disagrees means a line was left out or
     * mistyped, so the ledger is not published until they agree. Amounts that could not be read are already reported.
     */
    private static void checkTotals(Table table, Cells cells, List<WagePayment> payments, Problems problems) {
        for (Table.Totals totals : table.totals()) {
            for (String kind : List.of("due", "paid")) {
                String column = amountColumn(table, kind);
                Function<WagePayment, Money> part = kind.equals("due") ? WagePayment::due : WagePayment::paid;
                if (totals.row().get(column).isEmpty() || unreadable(table, problems, column, totals.from(), totals.to())) {
                    continue;
                }
                Money stated = amount(cells, totals.row(), kind);
                Money sum = payments.subList(totals.from(), totals.to()).stream().map(part).reduce(Money.ZERO, Money::plus);
                if (!problems.reported(table.file(), totals.row().line(), table.label(column)) && !stated.equals(sum)) {
                    cells.problem(totals.row(), column, totals.word() + "行写的是 " + stated.yuan() + " 元，" + above(table, totals, sum));
                }
            }
        }
    }

    private static boolean unreadable(Table table, Problems problems, String column, int from, int to) {
        return table.rows().subList(from, to).stream()
                .anyMatch(row -> problems.reported(table.file(), row.line(), table.label(column)));
    }

    private static String above(Table table, Table.Totals totals, Money sum) {
        if (totals.from() == totals.to()) {
            return "上面却没有明细行";
        }
        return "上面第 " + table.rows().get(totals.from()).line() + "–" + table.rows().get(totals.to() - 1).line()
                + " 行之和是 " + sum.yuan() + " 元，两者应一致";
    }

    private static boolean amountColumnsPresent(Table table, Problems problems) {
        Set<String> columns = table.columns();
        boolean ok = true;
        for (String kind : List.of("due", "paid")) {
            boolean yuan = columns.contains("amount_" + kind + "_yuan");
            boolean fen = columns.contains("amount_" + kind + "_fen");
            if (yuan == fen) {
                String label = HEADERS.name("amount_" + kind + "_yuan");
                problems.add(table.file(), table.headerLine(), label, yuan ? "同时有按元和按分的两列，只能保留一列" : "表头缺少这一列");
                ok = false;
            }
        }
        return ok;
    }
}
