package org.gongshi.generator.mask;

import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.Public;

/**
 * One published wage line: the worker's name masked and their check code (see {@link CheckCodes}), no ID, phone or
 * card. payDate is "" while unpaid.
 */
@Public
public record PublicWageLine(
        String maskedName,
        String checkCode,
        String villageGroup,
        String group,
        String job,
        String period,
        int days,
        Money due,
        Money paid,
        String payDate,
        boolean paidToCard,
        boolean confirmed) {
}
