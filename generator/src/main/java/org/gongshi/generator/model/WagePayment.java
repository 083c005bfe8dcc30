package org.gongshi.generator.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One payment line of the wage ledger (劳务报酬发放台账): a worker, identified by ID number (the name must agree with the roster), in one pay period.
 * payDate is empty while the line is unpaid.
 */
public record WagePayment(
        String name,
        String idNumber,
        YearMonth period,
        int days,
        Money due,
        Money paid,
        Optional<LocalDate> payDate,
        boolean paidToCard,
        boolean confirmed) {
}
