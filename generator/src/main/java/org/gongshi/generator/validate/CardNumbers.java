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
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
