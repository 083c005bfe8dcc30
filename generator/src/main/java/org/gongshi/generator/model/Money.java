package org.gongshi.generator.model;

/** An amount of money as an integer count of fen (1 元 = 100 分); never a floating-point number. */
@Public
public record Money(long fen) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    /** "12,345.67" — yuan with two decimals and thousands separators, as Chinese notices print money. */
    public String yuan() {
        return hundredths(fen);
    }

    /** "123.46" — in 万元 (10,000 yuan), rounded half-up to two decimals, for project-sized sums. */
    public String wan() {
        long hundredthsOfWan = (Math.abs(fen) + 5_000) / 10_000;
        return hundredths(fen < 0 ? -hundredthsOfWan : hundredthsOfWan);
    }

    /** Integer arithmetic only: every page prints dozens of amounts, and DecimalFormat is slow to create. */
    private static String hundredths(long value) {
        long abs = Math.abs(value);
        String whole = Long.toString(abs / 100);
        StringBuilder out = new StringBuilder(whole.length() + 8);
        if (value < 0) {
            out.append('-');
        }
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        long cents = abs % 100;
        return out.append('.').append(cents < 10 ? "0" : "").append(cents).toString();
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }
}
