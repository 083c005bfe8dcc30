package org.gongshi.generator.opendata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Rows under a column list: written as CSV, as JSON, and shown as a page table, all from the same columns. */
public record DataTable<T>(List<Column<T>> columns, List<T> rows) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public DataTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public byte[] csv() {
        return CsvWriter.write(columns.stream().map(Column::name).toList(),
                rows.stream().map(row -> columns.stream().map(c -> c.value().apply(row)).toList()).toList());
    }

    /** An array of objects with the CSV's fields; numbers as JSON numbers, no value as null. */
    public byte[] json() {
        ArrayNode array = JsonNodeFactory.instance.arrayNode(rows.size());
        for (T row : rows) {
            ObjectNode object = array.addObject();
            for (Column<T> column : columns) {
                put(object, column.name(), column.value().apply(row));
            }
        }
        try {
            return JSON.writeValueAsString(array).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ObjectNode object, String name, Object value) {
        if (value instanceof String s) {
            object.put(name, s);
        } else if (value instanceof Integer i) {
            object.put(name, i);
        } else if (value instanceof Long l) {
            object.put(name, l);
        } else if (value instanceof Boolean b) {
            object.put(name, b);
        } else if (value instanceof BigDecimal d) {
            object.put(name, d);
        } else if (value == Column.Cell.EMPTY) {
            object.putNull(name);
        } else {
            throw new IllegalArgumentException(name + " is not a JSON value: " + value);
        }
    }

    /** The headings of the columns a page shows. */
    public List<String> headings() {
        return pageColumns().stream().map(Column::heading).toList();
    }

    /** The cells a page shows, each as the CSV writes it, except that a page says 是 or 否 where the file has true or false. */
    public List<List<String>> pageCells() {
        List<Column<T>> shown = pageColumns();
        return rows.stream().map(row -> shown.stream().map(c -> pageText(c.value().apply(row))).toList()).toList();
    }

    private static String pageText(Object value) {
        return value instanceof Boolean b ? (b ? "是" : "否") : String.valueOf(CsvWriter.cell(value));
    }

    private List<Column<T>> pageColumns() {
        return columns.stream().filter(Column::onPage).toList();
    }
}
