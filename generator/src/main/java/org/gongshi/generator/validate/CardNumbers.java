package org.gongshi.generator.validate;

import java.util.regex.Pattern;

/** Bank card numbers: 13–19 digits passing the Luhn check. */
public final class CardNumbers {

    private static final Pattern DIGITS = Pattern.compile("\\d{13,19}");

    private CardNumbers() {
    }

    public static boolean isValid(String digits) {
        return DIGITS.matcher(digits).matches() && luhn(digits);
    }

    public static boolean luhn(String digits) {
        return !digits.isEmpty()
                && luhnCheckDigit(digits.substring(0, digits.length() - 1)) == digits.charAt(digits.length() - 1);
    }

    /** The digit that, appended to the payload, makes the whole number pass the Luhn check. */
    public static char luhnCheckDigit(CharSequence payload) {
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
