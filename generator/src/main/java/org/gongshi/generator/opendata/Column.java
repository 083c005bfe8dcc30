package org.gongshi.generator.opendata;

import java.util.function.Function;

/**
 * One column of a published table, defined once for its CSV, its JSON and its documentation on {@code /data/}:
 * the machine name, what it means in Chinese, its unit, and how a row gives its value. A value is a string, a
 * whole number, a boolean, an exact decimal, or {@link Cell#EMPTY} where there is none (a share without
 * central funds). {@code onPage} says whether a page table shows it: amounts appear there in yuan, their fen
 * twin only in the files.
 */
public record Column<T>(String name, String label, String unit, Function<T, Object> value, boolean onPage) {

    /** What a row has in a column with no value: an empty CSV cell, JSON null. */
    public enum Cell {
        EMPTY
    }

    /**
     * The column name with its unit, as a page table heads it: 中央资金（元）. Units of measure are one or two
     * characters (分, 元, %, 人次); longer ones describe a format (dates, true/false) that {@code /data/} explains.
     */
    public String heading() {
        return unit.isEmpty() || unit.length() > 2 ? label : label + "（" + unit + "）";
    }
}
