package org.gongshi.generator.sample;

/**
 * Check characters the sample must get right so that its ID and card numbers pass validation. The
 * validator has its own copy on purpose: a generator that reused it could not catch a bug in it.
 */
final class CheckDigits {

    private static final int[] GB11643_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String GB11643_CHARACTERS = "10X98765432";

    private CheckDigits() {
    }

    /** The 18th character of a resident ID number (GB 11643) for its first 17 digits. */
    static char idCheckCharacter(CharSequence first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * GB11643_WEIGHTS[i];
        }
        return GB11643_CHARACTERS.charAt(sum % 11);
    }

    /** The digit that, appended to the payload, makes the whole number pass the Luhn check. */
    static char luhnCheckDigit(CharSequence payload) {
        int sum = 0;
        // The check digit will be rightmost, so the payload's rightmost digit is the first one doubled.
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int d = payload.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}
