package org.gongshi.generator.mask;

/** The one masking rule for personal names (DOMAIN.md): 张* · 张*明 · 欧阳**明. */
public final class Names {

    private Names() {
    }

    public static String mask(String name) {
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length == 0) {
            return "";
        }
        String first = new String(cps, 0, 1);
        return switch (cps.length) {
            case 1, 2 -> first + "*";
            case 3 -> first + "*" + new String(cps, 2, 1);
            default -> first + "**" + new String(cps, cps.length - 1, 1);
        };
    }
}
