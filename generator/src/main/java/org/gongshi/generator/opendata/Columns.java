package org.gongshi.generator.opendata;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.gongshi.generator.mask.LaborShare;
import org.gongshi.generator.model.Money;

/** Builds a table's column list, one call per column, so units and formats are the same in every table. */
public final class Columns<T> {

    static final String DATE = "日期，YYYY-MM-DD（ISO 8601）";
    static final String MONTH = "月份，YYYY-MM（ISO 8601）";

    private final List<Column<T>> columns = new ArrayList<>();

    public Columns<T> text(String name, String label, Function<T, String> value) {
        return add(new Column<>(name, label, "", value::apply, true));
    }

    public Columns<T> month(String name, String label, Function<T, String> value) {
        return add(new Column<>(name, label, MONTH, value::apply, true));
    }

    /** A date as ISO text: a {@code LocalDate}, or a date already written as YYYY-MM-DD. */
    public Columns<T> date(String name, String label, Function<T, ?> value) {
        return add(new Column<>(name, label, DATE, row -> String.valueOf(value.apply(row)), true));
    }

    public Columns<T> count(String name, String label, String unit, Function<T, Integer> value) {
        return add(new Column<>(name, label, unit, value::apply, true));
    }

    public Columns<T> flag(String name, String label, Function<T, Boolean> value) {
        return add(new Column<>(name, label, "true 或 false", value::apply, true));
    }

    /** Two columns: {@code NAME_fen}, the exact integer, and {@code NAME_yuan}, the same amount as a decimal. */
    public Columns<T> money(String name, String label, Function<T, Money> value) {
        add(new Column<>(name + "_fen", label, "分", row -> value.apply(row).fen(), false));
        return add(new Column<>(name + "_yuan", label, "元", row -> yuan(value.apply(row)), true));
    }

    /** A labor share as a percentage with two decimals, rounded down as notices print it; empty without central funds. */
    public Columns<T> share(String name, String label, Function<T, LaborShare> value) {
        return add(new Column<>(name, label, "%", row -> percent(value.apply(row)), true));
    }

    public List<Column<T>> list() {
        return List.copyOf(columns);
    }

    private Columns<T> add(Column<T> column) {
        if (columns.stream().anyMatch(c -> c.name().equals(column.name()))) {
            throw new IllegalArgumentException("two columns named " + column.name());
        }
        columns.add(column);
        return this;
    }

    /** Exact: a decimal made from the integer fen, never through a double. */
    static BigDecimal yuan(Money money) {
        return BigDecimal.valueOf(money.fen(), 2);
    }

    static Object percent(LaborShare share) {
        return share.defined() ? BigDecimal.valueOf(share.basisPoints(), 2) : Column.Cell.EMPTY;
    }
}
