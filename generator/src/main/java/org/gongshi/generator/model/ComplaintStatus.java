package org.gongshi.generator.model;

import java.util.Arrays;
import java.util.Optional;

/** Where the hotline desk is with a complaint, in the order the exported ledger lists them. */
public enum ComplaintStatus {
    PENDING("待受理"),
    ACCEPTED("已受理"),
    IN_PROGRESS("办理中"),
    CLOSED("已办结"),
    REJECTED("不予受理");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Still being dealt with: the complainant is waiting for an answer. */
    public boolean open() {
        return this == PENDING || this == ACCEPTED || this == IN_PROGRESS;
    }

    public static Optional<ComplaintStatus> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }
}
