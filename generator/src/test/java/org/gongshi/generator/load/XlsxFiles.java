package org.gongshi.generator.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Writes small real .xlsx workbooks, cell by cell, with the kinds of cells an office's sheet holds. */
final class XlsxFiles {

    /** A cell Excel stores as a day number and shows as a date in {@code format}. */
    record DateCell(LocalDate date, String format) {
    }

    private XlsxFiles() {
    }

    static DateCell date(LocalDate date, String format) {
        return new DateCell(date, format);
    }

    /** Writes a workbook with one sheet per filler, named Sheet1, Sheet2, … */
    @SafeVarargs
    static Path write(Path file, Consumer<Worksheet>... sheets) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            Workbook workbook = new Workbook(out, "gongshi-test", "1.0");
            for (int i = 0; i < sheets.length; i++) {
                sheets[i].accept(workbook.newWorksheet("Sheet" + (i + 1)));
            }
            workbook.finish();
        }
        return file;
    }

    /**
     * Fills row {@code excelRow} (numbered as Excel shows it, from 1) from column A on: a String as a text cell,
     * a Number as a numeric cell, a {@link DateCell} as a date, a Boolean as TRUE/FALSE; null leaves the cell out.
     */
    static void row(Worksheet sheet, int excelRow, Object... cells) {
        int r = excelRow - 1;
        for (int c = 0; c < cells.length; c++) {
            Object cell = cells[c];
            if (cell instanceof String text) {
                sheet.value(r, c, text);
            } else if (cell instanceof Number number) {
                sheet.value(r, c, number);
            } else if (cell instanceof Boolean yes) {
                sheet.value(r, c, yes);
            } else if (cell instanceof DateCell date) {
                sheet.value(r, c, date.date());
                sheet.style(r, c).format(date.format()).set();
            } else if (cell != null) {
                throw new IllegalArgumentException("no cell kind for " + cell.getClass());
            }
        }
    }
}
