package org.gongshi.generator.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongshi.generator.Problems;

/**
 * A roster or ledger laid out as offices keep it in Excel, read from {@code .csv} or {@code .xlsx}: perhaps a title
 * and blank rows, then the header row (the first row naming a known column), then data rows, perhaps ending with a
 * 合计 row. Each data row keeps its canonical columns and the row number the user sees.
 */
final class Table {

    private static final Set<String> TOTALS_WORDS = Set.of("合计", "总计", "小计");
    private static final Pattern SPACING = Pattern.compile("[\\s\u3000:：]");

    /** One data row: canonical column → trimmed cell text ("" for an empty or missing cell). */
    record Row(int line, Map<String, String> cells) {

        Row {
            cells = Map.copyOf(cells);
        }

        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    /**
     * A 合计/总计/小计 row: never a data row itself, it states the sum of the data rows {@code [from, to)} —
     * all rows above it, or for a 小计 those since the previous 小计.
     */
    record Totals(Row row, String word, int from, int to) {
    }

    private final Path file;
    private final int headerLine;
    private final Map<String, String> labels;
    private final List<Row> rows;
    private final List<Totals> totals;

    private Table(Path file, int headerLine, Map<String, String> labels, List<Row> rows, List<Totals> totals) {
        this.file = file;
        this.headerLine = headerLine;
        this.labels = Map.copyOf(labels);
        this.rows = List.copyOf(rows);
        this.totals = List.copyOf(totals);
    }

    /** The canonical names of the columns the header has. */
    Set<String> columns() {
        return labels.keySet();
    }

    /** The column's header as the file spells it, so problems name the column the user sees. */
    String label(String column) {
        return labels.getOrDefault(column, column);
    }

    Path file() {
        return file;
    }

    int headerLine() {
        return headerLine;
    }

    List<Row> rows() {
        return rows;
    }

    List<Totals> totals() {
        return totals;
    }

    /**
     * Reads a {@code .xlsx} workbook or, for any other name, a CSV file. Problems with the file itself (unreadable,
     * unknown, missing or repeated columns, content after the 合计 row) are recorded and make the result empty.
     */
    static Optional<Table> read(Path file, Headers headers, Set<String> required, Problems problems) {
        Optional<List<SheetRow>> sheet = file.getFileName().toString().toLowerCase().endsWith(".xlsx")
                ? XlsxRows.read(file, problems)
                : CsvRows.read(file, problems);
        return sheet.flatMap(rows -> of(file, rows, headers, required, problems));
    }

    private static Optional<Table> of(Path file, List<SheetRow> sheet, Headers headers, Set<String> required, Problems problems) {
        List<SheetRow> filled = sheet.stream().filter(row -> !row.isBlank()).toList();
        if (filled.isEmpty()) {
            problems.add(file, 1, "", "文件是空的，至少应有表头一行");
            return Optional.empty();
        }
        int headerIndex = 0;
        while (headerIndex < filled.size() && !namesAColumn(filled.get(headerIndex), headers)) {
            headerIndex++;
        }
        if (headerIndex == filled.size()) {
            problems.add(file, filled.get(0).number(), "", "找不到表头：没有一行写有可识别的列名（如 姓名、身份证号），请对照 content/README.md 中的列名");
            return Optional.empty();
        }
        SheetRow header = filled.get(headerIndex);
        Map<Integer, String> columnAt = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        if (!checkHeader(file, header, headers, required, columnAt, labels, problems)) {
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        List<Totals> totals = new ArrayList<>();
        for (SheetRow line : filled.subList(headerIndex + 1, filled.size())) {
            if (totals.stream().anyMatch(t -> !t.word().equals("小计"))) {
                problems.add(file, line.number(), "", "合计行下面不应再有内容；台账应以合计行结束，签字、备注等请另行保存");
                return Optional.empty();
            }
            Optional<String> stray = strayCell(line, header);
            if (stray.isPresent()) {
                problems.add(file, line.number(), stray.get(), "这一列没有列名，却填了内容；请补上列名或删去这一格");
                return Optional.empty();
            }
            Map<String, String> cells = new HashMap<>();
            columnAt.forEach((index, column) -> cells.put(column, line.cell(index)));
            Row row = new Row(line.number(), cells);
            String word = totalsWord(line, row);
            if (word.isEmpty()) {
                rows.add(row);
            } else {
                int from = word.equals("小计") ? totals.stream().mapToInt(Totals::to).max().orElse(0) : 0;
                totals.add(new Totals(row, word, from, rows.size()));
            }
        }
        return Optional.of(new Table(file, header.number(), labels, rows, totals));
    }

    private static boolean namesAColumn(SheetRow row, Headers headers) {
        return row.cells().stream().anyMatch(cell -> headers.column(cell).isPresent());
    }

    private static boolean checkHeader(Path file, SheetRow header, Headers headers, Set<String> required,
                                       Map<Integer, String> columnAt, Map<String, String> labels, Problems problems) {
        boolean ok = true;
        for (int i = 0; i < header.cells().size(); i++) {
            String cell = header.cell(i);
            Optional<String> column = headers.column(cell);
            if (column.isEmpty()) {
                if (!headers.ignored(cell)) {
                    problems.add(file, header.number(), cell, "无法识别的列名，请对照 content/README.md 中的列名");
                    ok = false;
                }
            } else if (labels.containsKey(column.get())) {
                problems.add(file, header.number(), cell, "与“" + labels.get(column.get()) + "”是同一列，只能保留一列");
                ok = false;
            } else {
                columnAt.put(i, column.get());
                labels.put(column.get(), cell);
            }
        }
        for (String column : required) {
            if (!labels.containsKey(column)) {
                problems.add(file, header.number(), headers.name(column), "表头缺少这一列");
                ok = false;
            }
        }
        return ok;
    }

    /** A filled cell under an empty header cell or past the header's end: data nobody can say the meaning of. */
    private static Optional<String> strayCell(SheetRow line, SheetRow header) {
        for (int i = 0; i < line.cells().size(); i++) {
            if (!line.cell(i).isEmpty() && header.cell(i).isEmpty()) {
                return Optional.of("第 " + (i + 1) + " 列");
            }
        }
        return Optional.empty();
    }

    /** "合计", "总计" or "小计" when the row states a sum, in its first filled cell or as the name; else "". */
    private static String totalsWord(SheetRow line, Row row) {
        for (String text : List.of(line.firstText(), row.get("name"))) {
            // Read for every row of every ledger: the pattern only runs on the few cells that could be a sum's label.
            if (text.length() > 12 || text.indexOf('计') < 0) {
                continue;
            }
            String word = SPACING.matcher(text).replaceAll("");
            if (TOTALS_WORDS.contains(word)) {
                return word;
            }
        }
        return "";
    }
}
