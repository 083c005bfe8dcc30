package org.gongshi.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatesTest {

    private static final Optional<LocalDate> MAY_DAY = Optional.of(LocalDate.of(2024, 5, 1));
    private static final Optional<YearMonth> MAY = Optional.of(YearMonth.of(2024, 5));

    @Test
    void readsTheWaysOfficesWriteADate() {
        assertEquals(MAY_DAY, Dates.date("2024-05-01"));
        assertEquals(MAY_DAY, Dates.date("2024-5-1"));
        assertEquals(MAY_DAY, Dates.date("2024/5/1"));
        assertEquals(MAY_DAY, Dates.date("2024/05/01"));
        assertEquals(MAY_DAY, Dates.date("2024.5.1"));
        assertEquals(MAY_DAY, Dates.date("2024年5月1日"));
        assertEquals(MAY_DAY, Dates.date("2024年05月01日"));
    }

    @Test
    void readsAnExcelDayNumber() {
        assertEquals(MAY_DAY, Dates.date("45413"));
    }

    @Test
    void rejectsImpossibleAndHalfWrittenDates() {
        assertEquals(Optional.empty(), Dates.date("2023-02-30"));
        assertEquals(Optional.empty(), Dates.date("2024/5-1"));
        assertEquals(Optional.empty(), Dates.date("2024年5月"));
        assertEquals(Optional.empty(), Dates.date("5/1/2024"));
        assertEquals(Optional.empty(), Dates.date("20240501"));
        assertEquals(Optional.empty(), Dates.date("0"));
        assertEquals(Optional.empty(), Dates.date("五月一日"));
    }

    @Test
    void countsExcelDaysAroundTheLeapDayThatNeverWas() {
        assertEquals(Optional.of(LocalDate.of(1900, 1, 1)), Dates.fromSerial(1, false));
        assertEquals(Optional.of(LocalDate.of(1900, 2, 28)), Dates.fromSerial(59, false));
        assertEquals(Optional.empty(), Dates.fromSerial(60, false));
        assertEquals(Optional.of(LocalDate.of(1900, 3, 1)), Dates.fromSerial(61, false));
        assertEquals(MAY_DAY, Dates.fromSerial(45413, false));
    }

    @Test
    void countsDaysFrom1904InWorkbooksSavedThatWay() {
        assertEquals(Optional.of(LocalDate.of(1904, 1, 1)), Dates.fromSerial(0, true));
        assertEquals(MAY_DAY, Dates.fromSerial(45413 - 1462, true));
    }

    @Test
    void readsTheWaysOfficesWriteAPayMonth() {
        assertEquals(MAY, Dates.month("2024-05"));
        assertEquals(MAY, Dates.month("2024-5"));
        assertEquals(MAY, Dates.month("2024/5"));
        assertEquals(MAY, Dates.month("2024.5"));
        assertEquals(MAY, Dates.month("2024年5月"));
        assertEquals(MAY, Dates.month("202405"));
    }

    @Test
    void takesThePayMonthOfADate() {
        assertEquals(MAY, Dates.month("2024-05-31"));
        assertEquals(MAY, Dates.month("2024年5月1日"));
        assertEquals(MAY, Dates.month("45413"));
    }

    @Test
    void rejectsAMonthThatIsNone() {
        assertEquals(Optional.empty(), Dates.month("2023-13"));
        assertEquals(Optional.empty(), Dates.month("202413"));
        assertEquals(Optional.empty(), Dates.month("2024年13月"));
        assertEquals(Optional.empty(), Dates.month("5月"));
    }
}
