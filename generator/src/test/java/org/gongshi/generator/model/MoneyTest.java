package org.gongshi.generator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void printsYuanWithTwoDecimalsAndThousandsSeparators() {
        assertEquals("0.00", new Money(0).yuan());
        assertEquals("0.05", new Money(5).yuan());
        assertEquals("1,295.50", new Money(129_550).yuan());
        assertEquals("1,234,567.89", new Money(123_456_789).yuan());
        assertEquals("-12.30", new Money(-1_230).yuan());
    }

    @Test
    void printsWanRoundedHalfUpToTwoDecimals() {
        assertEquals("2.30", new Money(2_304_300).wan());
        assertEquals("0.01", new Money(5_000).wan());
        assertEquals("0.00", new Money(4_999).wan());
        assertEquals("1,500.00", new Money(1_500_000_000L).wan());
    }

    @Test
    void addsExactly() {
        assertEquals(new Money(1_000_000_000_001L), new Money(1_000_000_000_000L).plus(new Money(1)));
    }
}
