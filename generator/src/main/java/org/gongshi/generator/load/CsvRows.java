package org.gongshi.generator.load;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongshi.generator.Problems;

/** The rows of a CSV export in UTF-8 (with or without a byte-order mark) or GBK/GB18030, told apart by {@link TextEncoding}. */
final class CsvRows {

    private static final CsvMapper MAPPER = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private CsvRows() {
    }

    /** Every row, blank ones included; an unreadable file, an unknown encoding or broken quoting is recorded and gives empty. */
    static Optional<List<SheetRow>> read(Path file, Problems problems) {
        Optional<String> text;
        try {
            text = TextEncoding.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            problems.add(file, 1, "", "无法读取文件：" + e.getMessage());
            return Optional.empty();
        }
        if (text.isEmpty()) {
            problems.add(file, 1, "", "无法识别文件的编码：既不是 UTF-8，也不是 GBK/GB18030。请在 Excel 中另存为“CSV UTF-8（逗号分隔）”或 .xlsx 工作簿");
            return Optional.empty();
        }
        List<SheetRow> rows = new ArrayList<>();
        // A row starts where the previous one ended: the parser's own position is known only after a whole
        // row (or, for an unclosed quote, at the end of the file), which is too late for quoted multi-line cells.
        int line = 1;
        try (MappingIterator<String[]> it = MAPPER.readerFor(String[].class).readValues(text.get())) {
            while (it.hasNextValue()) {
                String[] cells = it.nextValue();
                rows.add(new SheetRow(line, Arrays.stream(cells).map(String::strip).toList()));
                line = it.getParser().currentLocation().getLineNr();
            }
        } catch (RuntimeJsonMappingException | IOException e) {
            problems.add(file, line, "", "CSV 格式错误（从这一行开始）：" + firstLine(e.getMessage()));
            return Optional.empty();
        }
        return Optional.of(rows);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
