package org.gongshi.generator.privacy;

import org.gongshi.generator.mask.Names;

/** The kinds of private value that must never be published (DOMAIN.md, privacy rules). */
public enum PrivateKind {
    NAME("姓名"),
    ID_NUMBER("身份证号"),
    PHONE("电话号码"),
    CARD_NUMBER("银行卡号");

    private final String label;

    PrivateKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * How a value is shown in an error message: enough for the office to find the row, too little to leak it again
     * through a build log.
     */
    public String masked(String value) {
        if (this == NAME) {
            return Names.mask(value);
        }
        int keep = value.length() >= 11 ? 4 : 2;
        return value.substring(0, Math.min(keep, value.length())) + "*".repeat(Math.max(0, value.length() - 2 * keep))
                + value.substring(Math.max(keep, value.length() - keep));
    }
}
