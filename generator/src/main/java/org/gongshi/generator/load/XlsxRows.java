package org.gongshi.generator.load;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.gongshi.generator.Problems;

/**
 * The rows of the first sheet of an .xlsx workbook, each cell as the text the readers take from a CSV: a text cell
 * as typed, a number in plain decimals, a date-formatted number as 2024-05-01.
 */
final class XlsxRows {

    /** Excel keeps 15 significant digits; a writer may spell the double nearest 0.29 as 0.28999999999999998. */
    private static final MathContext EXCEL_PRECISION = new MathContext(15);
    /** Built-in number formats that show a date, among them a Chinese Excel's 27–31, 36, 50–54, 57 and 58 (年月日). */
    private static final Set<Integer> BUILT_IN_DATE_FORMATS = Set.of(14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 36,
            50, 51, 52, 53, 54, 57, 58);

    private XlsxRows() {
    }

    /** Every row of the first sheet, blank ones included; an unreadable workbook is recorded and gives empty. */
    static Optional<List<SheetRow>> read(Path file, Problems problems) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(file, 1, "", "无法读取文件：" + e.getMessage());
            return Optional.empty();
        }
        // The reader's header checks throw on fewer bytes than the longest header they compare (OLE2's eight).
        if (bytes.length < 8) {
            problems.add(file, 1, "", bytes.length == 0 ? "文件是空的，不是 Excel 工作簿（.xlsx）" : "不是 Excel 工作簿（.xlsx）；请在 Excel 中另存为 .xlsx 工作簿，或另存为 CSV");
            return Optional.empty();
        }
        if (ReadableWorkbook.isOLE2Header(bytes)) {
            problems.add(file, 1, "", "这是旧版 Excel（.xls）或加了密码的工作簿，无法读取；请在 Excel 中另存为 .xlsx 工作簿（不设密码）");
            return Optional.empty();
        }
        if (!ReadableWorkbook.isOOXMLZipHeader(bytes)) {
            problems.add(file, 1, "", "不是 Excel 工作簿（.xlsx）；请在 Excel 中另存为 .xlsx 工作簿，或另存为 CSV");
            return Optional.empty();
        }
        // From memory rather than the file: the workbook's close() leaves a file-backed zip open. Cell formats are
        // read because only its format tells a date cell from a number.
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            List<Sheet> sheets = workbook.getSheets().toList();
            List<SheetRow> rows = rows(sheets.get(0), workbook.isDate1904());
            for (Sheet other : sheets.subList(1, sheets.size())) {
                if (rows(other, workbook.isDate1904()).stream().anyMatch(r -> !r.isBlank())) {
                    problems.add(file, 1, "", "工作簿里除第一张工作表“" + sheets.get(0).getName() + "”外，工作表“" + other.getName()
                            + "”也有内容；只读第一张，请把全部内容放在第一张工作表里，删去其余的");
                    return Optional.empty();
                }
            }
            return Optional.of(rows);
        } catch (IOException | RuntimeException e) {
            // The reader signals a damaged workbook with assorted unchecked exceptions; any of them means "cannot read".
            problems.add(file, 1, "", "Excel 工作簿已损坏或格式不对，无法读取：" + e.getMessage());
            return Optional.empty();
        }
    }

    private static List<SheetRow> rows(Sheet sheet, boolean date1904) throws IOException {
        try (Stream<Row> rows = sheet.openStream()) {
            List<SheetRow> result = new ArrayList<>();
            rows.forEach(row -> result.add(new SheetRow(row.getRowNum(),
                    row.stream().map(cell -> cell == null ? "" : text(cell, date1904).strip()).toList())));
            return result;
        }
    }

    /** Formula cells count by the value Excel saved with them, as the user sees it. */
    private static String text(Cell cell, boolean date1904) {
        if (!(cell.getValue() instanceof BigDecimal number)) {
            return cell.getText();
        }
        if (isDateFormat(cell)) {
            return Dates.fromSerial(number.longValue(), date1904).map(Object::toString).orElse(number.toPlainString());
        }
        return number.round(EXCEL_PRECISION).stripTrailingZeros().toPlainString();
    }

    private static boolean isDateFormat(Cell cell) {
        Integer id = cell.getDataFormatId();
        if (id != null && BUILT_IN_DATE_FORMATS.contains(id)) {
            return true;
        }
        String format = cell.getDataFormatString();
        if (format == null) {
            return false;
        }
        // Quoted text, [colour] or [$¥-804] blocks and escaped characters are printed as they are, not date parts.
        String parts = format.replaceAll("\"[^\"]*\"|\\[[^]]*]|\\\\.", "").toLowerCase();
        return parts.contains("y") || parts.contains("d");
    }
}
