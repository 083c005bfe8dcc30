package org.gongshi.search.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normal forms for exact-match keyword fields, shared by indexing and querying. */
public final class Keys {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Keys() {
    }

    /** NFKC folds fullwidth "２０２３－ＱＨ" to ASCII; codes are uppercase by contract. */
    public static String code(String code) {
        return Normalizer.normalize(code, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT);
    }

    /** A title as typed from a signboard: spacing, punctuation, width and case do not matter. */
    public static String title(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("");
    }
}
