package org.gongshi.generator.load;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongshi.generator.Problems;

/**
 * A CSV file as offices export it from Excel: one header row whose Chinese or English column names are
 * mapped to canonical names through aliases, then data rows, each remembered with its line number.
 */
final class CsvTable {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    /** One data row: canonical column → trimmed cell text ("" for an empty or missing cell). */
    record Row(int line, Map<String, String> cells) {
        String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    private final Path file;
    private final Map<String, String> labels;
    private final List<Row> rows;

    private CsvTable(Path file, Map<String, String> labels, List<Row> rows) {
        this.file = file;
        this.labels = Map.copyOf(labels);
        this.rows = rows;
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

    List<Row> rows() {
        return rows;
    }

    /**
     * Reads the file; problems with the file itself (unreadable, malformed quoting, unknown or missing
     * columns) are recorded and make the result empty.
     *
     * @param aliases header text (normalized by {@link #normalizeHeader}) → canonical column name
     */
    static Optional<CsvTable> read(Path file, Map<String, String> aliases, Set<String> required, Problems problems) {
        byte[] text;
        try {
            text = TextFiles.readBytes(file);
        } catch (IOException e) {
            problems.add(file, 1, "", "无法读取文件：" + e.getMessage());
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        Map<String, String> labels = new HashMap<>();
        String[] header = null;
        String[] headerColumns = null;
        // A row starts where the previous one ended: the parser's own position is known only after a whole
        // row (or, for an unclosed quote, at the end of the file), which is too late for quoted multi-line cells.
        int line = 1;
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(text)) {
            while (it.hasNextValue()) {
                String[] cells = it.nextValue();
                int rowLine = line;
                line = it.getParser().currentLocation().getLineNr();
                if (Arrays.stream(cells).allMatch(String::isBlank)) {
                    continue;
                }
                if (header == null) {
                    header = cells;
                    if (!checkHeader(file, rowLine, header, aliases, required, problems)) {
                        return Optional.empty();
                    }
                    headerColumns = Arrays.stream(header).map(h -> aliases.get(normalizeHeader(h))).toArray(String[]::new);
                    for (int i = 0; i < header.length; i++) {
                        if (headerColumns[i] != null) {
                            labels.put(headerColumns[i], header[i].strip());
                        }
                    }
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < headerColumns.length; i++) {
                    String column = headerColumns[i];
                    if (column != null) {
                        row.put(column, i < cells.length ? cells[i].strip() : "");
                    }
                }
                rows.add(new Row(rowLine, row));
            }
        } catch (RuntimeJsonMappingException | IOException e) {
            problems.add(file, line, "", "CSV 格式错误（从这一行开始）：" + firstLine(e.getMessage()));
            return Optional.empty();
        }
        if (header == null) {
            problems.add(file, 1, "", "文件是空的，至少应有表头一行");
            return Optional.empty();
        }
        return Optional.of(new CsvTable(file, labels, rows));
    }

    private static boolean checkHeader(Path file, int line, String[] header, Map<String, String> aliases,
                                       Set<String> required, Problems problems) {
        Set<String> present = new java.util.HashSet<>();
        boolean ok = true;
        for (String cell : header) {
            String column = aliases.get(normalizeHeader(cell));
            if (column == null) {
                if (!cell.isBlank() && !normalizeHeader(cell).equals("序号")) {
                    problems.add(file, line, cell.strip(), "无法识别的列名，请对照 content/README.md 中的列名");
                    ok = false;
                }
            } else if (!present.add(column)) {
                problems.add(file, line, cell.strip(), "列重复");
                ok = false;
            }
        }
        for (String column : required) {
            if (!present.contains(column)) {
                problems.add(file, line, column, "表头缺少这一列");
                ok = false;
            }
        }
        return ok;
    }

    /** Excel users type fullwidth brackets and stray spaces; "实发金额（元）" and "实发金额 (元)" are one column. */
    static String normalizeHeader(String header) {
        return header.strip().replace('（', '(').replace('）', ')').replace(" ", "").replace("\u3000", "").toLowerCase();
    }


    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** Builds an alias map from canonical column → accepted header spellings. */
    static Map<String, String> aliases(Map<String, List<String>> spellings) {
        Map<String, String> aliases = new HashMap<>();
        spellings.forEach((column, names) -> {
            aliases.put(normalizeHeader(column), column);
            names.forEach(name -> aliases.put(normalizeHeader(name), column));
        });
        return Map.copyOf(aliases);
    }
}
