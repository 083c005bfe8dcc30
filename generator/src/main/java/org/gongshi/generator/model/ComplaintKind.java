package org.gongshi.generator.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a complaint is about. {@code value} is what the hotline form ({@code templates/hotline-form.ftl}) posts and
 * the server relies on, {@code label} what the form, the pages and the exported ledger show; the order is theirs.
 */
public enum ComplaintKind {
    WAGE("wage", "拖欠或克扣工资"),
    NOTICE("notice", "公示信息不实"),
    QUALITY("quality", "工程质量"),
    OTHER("other", "其他");

    private final String value;
    private final String label;

    ComplaintKind(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    public static Optional<ComplaintKind> fromLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }
}
