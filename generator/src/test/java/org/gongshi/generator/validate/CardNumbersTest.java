package org.gongshi.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CardNumbersTest {

    @Test
    void acceptsANumberPassingLuhn() {
        assertTrue(CardNumbers.isValid("4111111111111111"));
        assertTrue(CardNumbers.isValid("6222021000000000017"));
    }

    @Test
    void rejectsANumberWithOneDigitChanged() {
        assertFalse(CardNumbers.isValid("4111111111111112"));
        assertFalse(CardNumbers.isValid("6222021000000000018"));
    }

    @Test
    void rejectsTwoSwappedDigits() {
        assertFalse(CardNumbers.isValid("6222021000000000071"));
    }

    @Test
    void acceptsThirteenToNineteenDigitsOnly() {
        assertTrue(CardNumbers.isValid("4222222222222"));
        assertFalse(CardNumbers.isValid("411111111117"), "12 digits, Luhn-valid");
        assertFalse(CardNumbers.isValid("41111111111111111115"), "20 digits, Luhn-valid");
    }

    @Test
    void rejectsAnythingButDigits() {
        assertFalse(CardNumbers.isValid("4111 1111 1111 1111"));
        assertFalse(CardNumbers.isValid("4111-1111-1111-1111"));
        assertFalse(CardNumbers.isValid(""));
    }

    @Test
    void checksLuhnAlone() {
        assertTrue(CardNumbers.luhn("79927398713"));
        assertFalse(CardNumbers.luhn("79927398710"));
    }

    @Test
    void computesTheLuhnCheckDigitOfAPayload() {
        assertEquals('3', CardNumbers.luhnCheckDigit("7992739871"));
        assertEquals('1', CardNumbers.luhnCheckDigit("411111111111111"));
    }
}
