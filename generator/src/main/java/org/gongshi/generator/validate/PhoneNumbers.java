package org.gongshi.generator.validate;

import java.util.regex.Pattern;

/** Mainland mobile numbers, optionally with the +86 / 86 prefix. */
public final class PhoneNumbers {

    public static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?1[3-9]\\d{9}");

    private PhoneNumbers() {
    }

    public static boolean isMobile(String text) {
        return MOBILE.matcher(text.replace(" ", "").replace("-", "")).matches();
    }
}
