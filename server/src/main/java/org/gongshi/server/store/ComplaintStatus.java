package org.gongshi.server.store;

import java.util.Arrays;
import java.util.Optional;

/** Where a complaint stands. A new complaint waits for staff to accept it; the last two are final. */
public enum ComplaintStatus {
    RECEIVED("待受理"),
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

    public boolean isFinal() {
        return this == CLOSED || this == REJECTED;
    }

    /** Parses the enum name as stored and as sent by the staff desk's forms. */
    public static Optional<ComplaintStatus> parse(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equals(name)).findFirst();
    }
}
