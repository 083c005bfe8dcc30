package org.gongshi.generator.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void acceptsElevenDigitMobileNumbers() {
        assertTrue(PhoneNumbers.isMobile("13812345678"));
        assertTrue(PhoneNumbers.isMobile("19912345678"));
    }

    @Test
    void acceptsTheCountryPrefixAndSeparators() {
        assertTrue(PhoneNumbers.isMobile("+8613812345678"));
        assertTrue(PhoneNumbers.isMobile("8613812345678"));
        assertTrue(PhoneNumbers.isMobile("138 1234 5678"));
        assertTrue(PhoneNumbers.isMobile("138-1234-5678"));
    }

    @Test
    void rejectsOfficeNumbersAndWrongPrefixes() {
        assertFalse(PhoneNumbers.isMobile("0391-5550100"));
        assertFalse(PhoneNumbers.isMobile("12812345678"));
        assertFalse(PhoneNumbers.isMobile("1381234567"));
        assertFalse(PhoneNumbers.isMobile("138123456789"));
    }
}
