package org.gongshi.server.hotline;

import org.gongshi.server.crypto.Keys;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The receipt code (受理编号) a complainant keeps: 16 random decimal digits, which can be read aloud over
 * the phone and typed on any keypad. 10^16 codes make guessing hopeless at the lookup's rate limit.
 */
public final class ReceiptCode {

    public static final int DIGITS = 16;

    private ReceiptCode() {
    }

    public static String generate() {
        return Keys.randomDigits(DIGITS);
    }

    /** "1234 5678 9012 3456": groups of four, for reading aloud and copying by hand. */
    public static String grouped(String code) {
        StringBuilder out = new StringBuilder(code.length() + code.length() / 4);
        for (int i = 0; i < code.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                out.append(' ');
            }
            out.append(code.charAt(i));
        }
        return out.toString();
    }

    /**
     * The code in whatever way people type it: with spaces or dashes, in fullwidth digits. Empty when it
     * is not 16 digits.
     */
    public static Optional<String> parse(String typed) {
        String digits = Normalizer.normalize(typed, Normalizer.Form.NFKC).replaceAll("[\\s\\-－—]", "");
        return digits.length() == DIGITS && digits.chars().allMatch(c -> c >= '0' && c <= '9')
                ? Optional.of(digits) : Optional.empty();
    }
}
