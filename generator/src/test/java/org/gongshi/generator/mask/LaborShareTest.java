package org.gongshi.generator.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gongshi.generator.model.LaborShareFloor;
import org.gongshi.generator.model.Money;
import org.junit.jupiter.api.Test;

class LaborShareTest {

    private static final LaborShareFloor FIFTEEN = new LaborShareFloor(15, "《“十四五”以工代赈工作实施方案》");
    private static final LaborShareFloor THIRTY = new LaborShareFloor(30, "国家发展改革委 2022 年起");

    private static LaborShare share(long laborFen, long centralFundsFen) {
        return new LaborShare(new Money(laborFen), new Money(centralFundsFen));
    }

    @Test
    void isNotBelowTheFloorAtExactlyTheFloor() {
        LaborShare share = share(18_000_000, 120_000_000);

        assertEquals("15.00%", share.percent());
        assertFalse(share.below(FIFTEEN));
    }

    @Test
    void isBelowTheFloorOneFenShortOfIt() {
        LaborShare share = share(17_999_999, 120_000_000);

        assertEquals("14.99%", share.percent());
        assertTrue(share.below(FIFTEEN));
    }

    @Test
    void roundsThePercentDownSoItNeverShowsTheFloorWhenBelowIt() {
        assertEquals("14.99%", share(149_990, 1_000_000).percent());
        assertEquals(1499, share(149_990, 1_000_000).basisPoints());
        assertEquals("66.66%", share(2, 3).percent());
    }

    @Test
    void printsTwoDecimalsWithLeadingZeros() {
        assertEquals("20.05%", share(2005, 10_000).percent());
        assertEquals("0.00%", share(1, 100_000).percent());
        assertEquals("0.01%", share(1, 10_000).percent());
        assertEquals("100.00%", share(10_000, 10_000).percent());
        assertEquals("125.00%", share(12_500, 10_000).percent());
    }

    @Test
    void comparesAgainstTheProjectsOwnFloor() {
        LaborShare share = share(25_200_000, 120_000_000);

        assertEquals("21.00%", share.percent());
        assertFalse(share.below(FIFTEEN));
        assertTrue(share.below(THIRTY));
    }

    @Test
    void hasNoPercentAndIsNeverBelowWithoutCentralFunds() {
        LaborShare share = share(100_000, 0);

        assertFalse(share.defined());
        assertEquals("—", share.percent());
        assertEquals(0, share.basisPoints());
        assertFalse(share.below(FIFTEEN));
    }

    @Test
    void isBelowAnyPositiveFloorWithNothingPaid() {
        assertEquals("0.00%", share(0, 120_000_000).percent());
        assertTrue(share(0, 120_000_000).below(FIFTEEN));
        assertFalse(share(0, 120_000_000).below(new LaborShareFloor(0, "")));
    }

    @Test
    void staysExactForTheLargestRealisticSums() {
        // 1 亿元 of central funds, 15% of it exactly, in fen
        LaborShare share = share(1_500_000_000L, 10_000_000_000L);

        assertEquals("15.00%", share.percent());
        assertFalse(share.below(FIFTEEN));
    }
}
