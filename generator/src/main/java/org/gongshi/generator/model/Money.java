package org.gongshi.generator.model;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** An amount of money as an integer count of fen (1 元 = 100 分); never a floating-point number. */
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    /** "12,345.67" — yuan with two decimals and thousands separators, as Chinese notices print money. */
    public String yuan() {
        return format(BigDecimal.valueOf(fen, 2), "#,##0.00");
    }

    /** "123.46" — in 万元 (10,000 yuan), rounded half-up to two decimals, for project-sized sums. */
    public String wan() {
        return format(BigDecimal.valueOf(fen, 6), "#,##0.00");
    }

    private static String format(BigDecimal value, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        return format.format(value);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }
}
