package org.gongshi.generator.load;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongshi.generator.Problems;
import org.gongshi.generator.model.Money;

/** Typed reads of roster and ledger cells that record a problem (file, line, column) instead of throwing. */
final class Cells {

    private static final Pattern YUAN = Pattern.compile("\\d{1,13}(\\.\\d{1,2})?");
    private static final Pattern FEN = Pattern.compile("\\d+");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern TOO_PRECISE = Pattern.compile("\\d+\\.\\d{3,}");
    private static final Pattern CURRENCY = Pattern.compile("^[¥￥]|元$");

    private final Table table;
    private final Problems problems;

    Cells(Table table, Problems problems) {
        this.table = table;
        this.problems = problems;
    }

    Table table() {
        return table;
    }

    void problem(Table.Row row, String column, String message) {
        problems.add(table.file(), row.line(), table.label(column), message);
    }

    String text(Table.Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problem(row, column, "不能为空");
        }
        return value;
    }

    /**
     * Yuan with at most two decimals, converted exactly to fen; a leading ¥ and a trailing 元 are allowed. Thousands
     * separators are accepted only where they group thousands: "1500,50" is a decimal comma, and reading it as
     * 150,050 元 would be a silent error.
     */
    Money yuan(Table.Row row, String column) {
        String cell = text(row, column);
        // Most cells are plain numbers; the currency pattern runs only on those that carry a sign or unit.
        String written = cell.indexOf('¥') < 0 && cell.indexOf('￥') < 0 && cell.indexOf('元') < 0
                ? cell.strip() : CURRENCY.matcher(cell).replaceAll("").strip();
        String value = written.replace(",", "");
        if (value.isEmpty()) {
            return Money.ZERO;
        }
        if (!written.equals(value) && !GROUPED.matcher(written).matches()) {
            problem(row, column, "金额中的逗号位置不对（千位分隔应为 2,400.50；小数点请用“.”）：" + written);
        } else if (value.startsWith("-")) {
            problem(row, column, "金额不能为负数：" + value);
        } else if (TOO_PRECISE.matcher(value).matches()) {
            problem(row, column, "金额最多保留两位小数（到分）：" + value);
        } else if (!YUAN.matcher(value).matches()) {
            problem(row, column, "金额应为数字，单位元，例如 2400.50：" + value);
        } else {
            return new Money(yuanToFen(value));
        }
        return Money.ZERO;
    }

    /** Exact: "2400.5" → 240050. The pattern already allows at most 13 integer digits and 2 decimals. */
    static long yuanToFen(String yuan) {
        int dot = yuan.indexOf('.');
        String whole = dot < 0 ? yuan : yuan.substring(0, dot);
        String decimals = dot < 0 ? "" : yuan.substring(dot + 1);
        return Long.parseLong(whole) * 100 + (decimals.isEmpty() ? 0 : Long.parseLong((decimals + "0").substring(0, 2)));
    }

    Money fen(Table.Row row, String column) {
        String value = text(row, column).replace(",", "");
        if (value.isEmpty()) {
            return Money.ZERO;
        }
        if (value.startsWith("-")) {
            problem(row, column, "金额不能为负数：" + value);
        } else if (value.contains(".")) {
            problem(row, column, "金额单位是分，不能有小数：" + value);
        } else if (!FEN.matcher(value).matches() || value.length() > 15) {
            problem(row, column, "金额应为整数（单位：分）：" + value);
        } else {
            return new Money(Long.parseLong(value));
        }
        return Money.ZERO;
    }

    int integer(Table.Row row, String column, int min, int max) {
        String value = text(row, column);
        if (value.isEmpty()) {
            return min;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(row, column, "应为 " + min + " 到 " + max + " 之间的整数：" + value);
        return min;
    }

    Optional<LocalDate> optionalDate(Table.Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = Dates.date(value);
        if (date.isEmpty()) {
            problem(row, column, "日期无效：“" + value + "”，应写作 2024-05-01 这样的有效日期");
        }
        return date;
    }

    YearMonth period(Table.Row row, String column) {
        String value = text(row, column);
        Optional<YearMonth> month = Dates.month(value);
        if (month.isEmpty() && !value.isEmpty()) {
            problem(row, column, "发放期间应写作年-月，例如 2023-05：" + value);
        }
        return month.orElse(YearMonth.of(2000, 1));
    }

    boolean yesNo(Table.Row row, String column) {
        String value = text(row, column);
        switch (value.toLowerCase()) {
            case "是", "y", "yes", "true", "1", "√":
                return true;
            case "否", "n", "no", "false", "0", "×", "":
                return false;
            default:
                problem(row, column, "应填“是”或“否”：" + value);
                return false;
        }
    }
}
