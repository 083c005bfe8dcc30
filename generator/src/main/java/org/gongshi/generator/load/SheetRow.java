package org.gongshi.generator.load;

import java.util.List;

/**
 * One row of a roster or ledger as trimmed cell texts by column position, wherever it came from, numbered as the
 * user finds it: the CSV line it starts on, or the row number Excel shows.
 */
record SheetRow(int number, List<String> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell's text, "" past the end of a short row. */
    String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }

    /** The first non-empty cell, wherever it stands: a 序号 column holds "合计" as often as the name column does. */
    String firstText() {
        return cells.stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
    }
}
