package org.gongshi.generator.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways offices write a date or a pay month in a roster or ledger: 2024-05-01, 2024/5/1, 2024.5.1, 2024年5月1日,
 * and the day number Excel stores (45413) when a date cell is exported without its format.
 */
final class Dates {

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
    /** Five digits at most: 1900 to 2173 is every date a ledger holds, and 202405 or 20240501 must not pass as days. */
    private static final Pattern SERIAL = Pattern.compile("\\d{1,5}");
    private static final Pattern MONTH_SEPARATED = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final Pattern MONTH_CHINESE = Pattern.compile("(\\d{4})年(\\d{1,2})月");
    private static final Pattern MONTH_COMPACT = Pattern.compile("(\\d{4})(\\d{2})");

    /** Excel's day 60 is 1900-02-29, a day that never was (Lotus 1-2-3 took 1900 for a leap year); later days count from here. */
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private Dates() {
    }

    static Optional<LocalDate> date(String text) {
        Matcher m = SEPARATED.matcher(text);
        if (m.matches()) {
            return of(m.group(1), m.group(3), m.group(4));
        }
        m = CHINESE.matcher(text);
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        return SERIAL.matcher(text).matches() ? fromSerial(Long.parseLong(text), false) : Optional.empty();
    }

    /** A pay month: 2024-05, 2024/5, 2024.5, 2024年5月, 202405, or any date above, of which the month counts. */
    static Optional<YearMonth> month(String text) {
        for (Pattern pattern : new Pattern[] {MONTH_SEPARATED, MONTH_CHINESE, MONTH_COMPACT}) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) {
                return of(m.group(1), m.group(2), "1").map(YearMonth::from);
            }
        }
        return date(text).map(YearMonth::from);
    }

    /**
     * The date of an Excel day number; empty for day 0 and the fictitious 1900-02-29. Workbooks saved in the
     * 1904 date system (old Mac Excel) count whole days from 1904-01-01 instead.
     */
    static Optional<LocalDate> fromSerial(long serial, boolean date1904) {
        if (date1904) {
            return serial < 0 ? Optional.empty() : Optional.of(EPOCH_1904.plusDays(serial));
        }
        if (serial < 1 || serial == 60) {
            return Optional.empty();
        }
        return Optional.of(serial < 60 ? EPOCH_1900.plusDays(serial + 1) : EPOCH_1900.plusDays(serial));
    }

    private static Optional<LocalDate> of(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
