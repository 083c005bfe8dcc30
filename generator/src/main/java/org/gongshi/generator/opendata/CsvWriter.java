package org.gongshi.generator.opendata;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one CSV writer of the portal's downloads: UTF-8 with a byte-order mark, because Excel on Chinese Windows
 * reads a CSV without one as GBK and shows every Chinese character garbled; CRLF line ends as RFC 4180 asks;
 * fields quoted only when they hold a comma, quote or line break. A text cell that a spreadsheet would take for a
 * formula, one starting with =, +, -, @, a tab or a carriage return, is written with an apostrophe before it (OWASP's
 * advice against CSV injection): a project name like {@code =HYPERLINK(…)} must not run when the file is opened.
 * Numbers, negative ones included, are written as they are.
 */
public final class CsvWriter {

    static final String BOM = "\uFEFF";
    // Plain decimals: an amount of 1000.00 yuan must not appear as 1.00000E+3.
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final CsvMapper MAPPER = CsvMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CsvWriter() {
    }

    /** A header row, then one row per entry; cells are strings, whole numbers, booleans, decimals or {@link Column.Cell#EMPTY}. */
    public static byte[] write(List<String> header, List<? extends List<?>> rows) {
        CsvSchema schema = CsvSchema.builder().addColumns(header, CsvSchema.ColumnType.NUMBER_OR_STRING)
                .setUseHeader(true).setLineSeparator("\r\n").build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + rows.size() * 128);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write(BOM);
            try (SequenceWriter sequence = MAPPER.writerFor(List.class).with(schema).writeValues(out)) {
                for (List<?> row : rows) {
                    if (row.size() != header.size()) {
                        throw new IllegalArgumentException("row has " + row.size() + " cells for " + header.size() + " columns: " + row);
                    }
                    sequence.write(row.stream().map(CsvWriter::fileCell).toList());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A cell as the file holds it: text that would start a formula is defused, everything else as {@link #cell}. */
    private static Object fileCell(Object value) {
        if (value instanceof String text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return cell(value);
    }

    /** A cell's text as pages show it too, without the apostrophe a file adds before a formula-like text. */
    static Object cell(Object value) {
        if (value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Boolean) {
            return value;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value == Column.Cell.EMPTY) {
            return "";
        }
        throw new IllegalArgumentException("not a CSV cell: " + value);
    }
}
