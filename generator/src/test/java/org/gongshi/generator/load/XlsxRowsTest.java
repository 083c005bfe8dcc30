package org.gongshi.generator.load;

import static org.gongshi.generator.load.XlsxFiles.date;
import static org.gongshi.generator.load.XlsxFiles.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.gongshi.generator.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxRowsTest {

    private static final LocalDate MAY_DAY = LocalDate.of(2024, 5, 1);

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void showsADateCellAsItsDateWhateverItsFormat() throws IOException {
        Path file = XlsxFiles.write(dir.resolve("t.xlsx"), sheet -> row(sheet, 1,
                date(MAY_DAY, "yyyy-mm-dd"), date(MAY_DAY, "yyyy\"年\"m\"月\"d\"日\""), date(MAY_DAY, "m/d/yy"),
                date(MAY_DAY, "[$-804]yyyy/m/d;@")));

        assertEquals(List.of(new SheetRow(1, List.of("2024-05-01", "2024-05-01", "2024-05-01", "2024-05-01"))), read(file));
    }

    @Test
    void showsANumberInPlainDecimalsEvenWhenFormattedAsMoney() throws IOException {
        Path file = XlsxFiles.write(dir.resolve("t.xlsx"), sheet -> {
            row(sheet, 1, 2400.5, 13812345678L, 2400.5, 2400.5, 1e20);
            sheet.style(0, 2).format("#,##0.00").set();
            sheet.style(0, 3).format("[$¥-804]#,##0.00\"元\"").set();
        });

        assertEquals(List.of(new SheetRow(1, List.of("2400.5", "13812345678", "2400.5", "2400.5", "100000000000000000000"))), read(file));
    }

    @Test
    void showsANumberToTheFifteenDigitsExcelKeeps() throws IOException {
        Path file = XlsxFiles.write(dir.resolve("t.xlsx"), sheet -> row(sheet, 1, 0.1 + 0.2, 2400.125, 1234567.89));

        assertEquals(List.of(new SheetRow(1, List.of("0.3", "2400.125", "1234567.89"))), read(file));
    }

    @Test
    void numbersRowsAsExcelShowsThemAndKeepsEmptyCellsInPlace() throws IOException {
        Path file = XlsxFiles.write(dir.resolve("t.xlsx"), sheet -> {
            row(sheet, 2, "姓名", null, " 张三 ");
            row(sheet, 5, true);
        });

        assertEquals(List.of(new SheetRow(2, List.of("姓名", "", "张三")), new SheetRow(5, List.of("true"))), read(file));
    }

    @Test
    void countsDaysFrom1904InAWorkbookSavedThatWay() throws IOException {
        Path file = XlsxFiles.write(dir.resolve("t.xlsx"), sheet -> {
            row(sheet, 1, 45413 - 1462);
            sheet.style(0, 0).format("yyyy-mm-dd").set();
        });
        setDate1904(file);

        assertEquals(List.of(new SheetRow(1, List.of("2024-05-01"))), read(file));
    }

    private List<SheetRow> read(Path file) {
        List<SheetRow> rows = XlsxRows.read(file, problems).orElseThrow();
        assertEquals(List.of(), problems.sorted());
        return rows;
    }

    /** Rewrites the workbook as old Mac Excel saved it, counting days from 1904-01-01. */
    private static void setDate1904(Path file) throws IOException {
        ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(file.toFile()); ZipOutputStream out = new ZipOutputStream(rewritten)) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                byte[] bytes;
                try (InputStream in = zip.getInputStream(entry)) {
                    bytes = in.readAllBytes();
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace("date1904=\"false\"", "date1904=\"true\"")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.write(file, rewritten.toByteArray());
    }
}
