package org.gongshi.generator.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongshi.generator.Problems;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.WagePayment;

/** Reads the wage ledger {@code wages.csv}; amounts come in yuan or in fen, chosen by the column header. */
final class WageReader {

    private static final Map<String, String> ALIASES = CsvTable.aliases(Map.ofEntries(
            Map.entry("name", List.of("姓名", "名字")),
            Map.entry("id_number", List.of("身份证号", "身份证号码", "公民身份号码")),
            Map.entry("period", List.of("发放期间", "所属期间", "期间", "月份")),
            Map.entry("days", List.of("务工天数", "出勤天数", "天数")),
            Map.entry("amount_due_yuan", List.of("应发金额", "应发金额(元)")),
            Map.entry("amount_paid_yuan", List.of("实发金额", "实发金额(元)")),
            Map.entry("amount_due_fen", List.of("应发金额(分)")),
            Map.entry("amount_paid_fen", List.of("实发金额(分)")),
            Map.entry("pay_date", List.of("发放日期")),
            Map.entry("paid_to_card", List.of("打卡发放", "是否打卡发放")),
            Map.entry("confirmed", List.of("本人确认", "是否本人确认"))));
    private static final Set<String> REQUIRED = Set.of("name", "id_number", "period", "days", "pay_date", "paid_to_card", "confirmed");

    private WageReader() {
    }

    record Ledger(Path file, List<WagePayment> payments, List<Integer> lines) {
    }

    static Optional<Ledger> read(Path file, Problems problems) {
        return CsvTable.read(file, ALIASES, REQUIRED, problems).flatMap(table -> {
            if (!amountColumnsPresent(table, problems)) {
                return Optional.empty();
            }
            Cells cells = new Cells(table, problems);
            List<WagePayment> payments = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (CsvTable.Row row : table.rows()) {
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
            return Optional.of(new Ledger(file, payments, lines));
        });
    }

    private static Money amount(Cells cells, CsvTable.Row row, String kind) {
        return row.cells().containsKey("amount_" + kind + "_fen")
                ? cells.fen(row, "amount_" + kind + "_fen")
                : cells.yuan(row, "amount_" + kind + "_yuan");
    }

    private static boolean amountColumnsPresent(CsvTable table, Problems problems) {
        Set<String> columns = table.columns();
        boolean ok = true;
        for (String kind : List.of("due", "paid")) {
            boolean yuan = columns.contains("amount_" + kind + "_yuan");
            boolean fen = columns.contains("amount_" + kind + "_fen");
            if (yuan == fen) {
                String label = kind.equals("due") ? "应发金额" : "实发金额";
                problems.add(table.file(), 1, label, yuan ? "同时有按元和按分的两列，只能保留一列" : "表头缺少这一列");
                ok = false;
            }
        }
        return ok;
    }
}
