package org.gongshi.server.store;

import java.util.Arrays;
import java.util.Optional;

/** What a complaint is about: the four choices on the form. */
public enum ComplaintKind {
    WAGE("wage", "拖欠或克扣工资"),
    NOTICE("notice", "公示信息不实"),
    QUALITY("quality", "工程质量"),
    OTHER("other", "其他");

    private final String formValue;
    private final String label;

    ComplaintKind(String formValue, String label) {
        this.formValue = formValue;
        this.label = label;
    }

    /** The value the form's radio button sends. */
    public String formValue() {
        return formValue;
    }

    public String label() {
        return label;
    }

    public static Optional<ComplaintKind> fromForm(String value) {
        return Arrays.stream(values()).filter(k -> k.formValue.equals(value)).findFirst();
    }
}
