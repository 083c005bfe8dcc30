package org.gongshi.search.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** The normal form of exact-match keys, shared by indexing and querying. */
public final class Keys {

    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Keys() {
    }

    /**
     * A value as typed from a signboard or a document: width, case, spacing and punctuation do not
     * matter, so "青发改振兴[2023]1号", "青发改振兴〔2023〕1号" and "２０２３－ｑｈ－０００１" find their keys.
     */
    public static String of(String value) {
        String folded = Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("");
    }
}
