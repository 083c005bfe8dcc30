package org.gongshi.generator.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongshi.generator.Problems;
import org.gongshi.generator.model.Worker;
import org.gongshi.generator.model.WorkerGroup;

/** Reads the private real-name roster, {@code roster.csv} or {@code roster.xlsx}. */
final class RosterReader {

    /** The worker's name and ID number head the wage ledger too, under the same names. */
    static final List<String> NAME = List.of("姓名", "名字", "务工人员姓名");
    static final List<String> ID_NUMBER = List.of("身份证号", "身份证号码", "公民身份号码", "身份证", "身份证件号码");

    private static final Headers HEADERS = Headers.of(Map.of(
            "name", NAME,
            "id_number", ID_NUMBER,
            "village_group", List.of("村组", "所在村组", "住址", "家庭住址"),
            "phone", List.of("联系电话", "手机号码", "手机号", "手机", "电话", "联系方式"),
            "bank", List.of("开户银行", "开户行"),
            "card_number", List.of("银行卡号", "卡号", "银行账号", "账号", "银行卡账号"),
            "group", List.of("人员类别", "类别", "人员类型"),
            "job", List.of("工种", "岗位")));
    private static final Set<String> REQUIRED = Set.of("name", "id_number", "village_group", "phone", "card_number", "group", "job");
    private static final List<String> GROUPS = Arrays.stream(WorkerGroup.values()).map(WorkerGroup::label).toList();

    private RosterReader() {
    }

    /** Rows paired with their line numbers, so validation can point at them. */
    record Roster(Path file, List<Worker> workers, List<Integer> lines) {
    }

    /** A {@code .xlsx} file is read as an Excel workbook, any other as CSV. */
    static Optional<Roster> read(Path file, Problems problems) {
        return Table.read(file, HEADERS, REQUIRED, problems).map(table -> {
            Cells cells = new Cells(table, problems);
            List<Worker> workers = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (Table.Row row : table.rows()) {
                String groupLabel = cells.text(row, "group");
                WorkerGroup group = WorkerGroup.fromLabel(groupLabel).orElseGet(() -> {
                    if (!groupLabel.isEmpty()) {
                        cells.problem(row, "group", "未知的人员类别“" + groupLabel + "”，可选：" + String.join("、", GROUPS));
                    }
                    return WorkerGroup.OTHER;
                });
                workers.add(new Worker(
                        cells.text(row, "name"),
                        cells.text(row, "id_number").toUpperCase(),
                        cells.text(row, "village_group"),
                        cells.text(row, "phone"),
                        row.get("bank"),
                        cells.text(row, "card_number").replace(" ", ""),
                        group,
                        cells.text(row, "job")));
                lines.add(row.line());
            }
            return new Roster(file, workers, lines);
        });
    }
}
