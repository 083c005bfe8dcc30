package org.gongshi.generator.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CheckCodesTest {

    private static CheckCodes codes(String secret) {
        return new CheckCodes(secret.getBytes(StandardCharsets.UTF_8), false);
    }

    @Test
    void isTheFirstTwentyFiveBitsOfHmacSha256InTheUnambiguousAlphabet() {
        // Expected values computed outside Java: python3 hmac.new(secret, id, sha256), first 4 bytes, 5 bits a symbol.
        assertEquals("4UKTC", codes("gongshi-sample-site-demo-secret-not-for-real-sites").of("419923197503120013"));
        assertEquals("FC8FL", codes("masker-test-secret-0123").of("11010519491231002X"));
    }

    @Test
    void isStableAcrossInstancesAndIgnoresTheCaseOfTheCheckLetter() {
        CheckCodes first = codes("masker-test-secret-0123");
        CheckCodes second = codes("masker-test-secret-0123");

        assertEquals(first.of("11010519491231002X"), second.of("11010519491231002X"));
        assertEquals(first.of("11010519491231002X"), first.of("11010519491231002x"));
    }

    @Test
    void anotherSecretGivesOtherCodes() {
        CheckCodes ours = codes("masker-test-secret-0123");
        CheckCodes theirs = codes("another-office-secret-456");
        int same = 0;
        for (int i = 0; i < 1000; i++) {
            String id = String.format("4199231975%08d", i);
            same += ours.of(id).equals(theirs.of(id)) ? 1 : 0;
        }
        assertTrue(same <= 1, same + " of 1000 codes equal under two secrets");
    }

    @Test
    void usesFiveSymbolsWithout0O1IAndRarelyCollidesInAProject() {
        CheckCodes codes = codes("masker-test-secret-0123");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = codes.of(String.format("41992319750312%04d", i));
            assertTrue(code.matches("[2-9A-HJ-NP-Z]{5}"), code);
            seen.add(code);
        }
        // 200 workers, 2^25 codes: a collision has a chance of about 0.06%.
        assertEquals(200, seen.size());
    }

    @Test
    void theStandInForASiteWithoutWagesRefusesToMakeACode() {
        assertThrows(IllegalStateException.class, () -> CheckCodes.NONE.of("419923197503120013"));
        assertNotEquals(CheckCodes.NONE, codes("masker-test-secret-0123"));
    }
}
