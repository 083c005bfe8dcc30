package org.gongshi.generator.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Lifecycle entries of a project. {@link #ADJUSTED} records a change and leaves the status as it was;
 * every other value is a status the project can be in.
 */
public enum Status {
    POOL("储备"),
    PLANNED("计划"),
    UNDER_CONSTRUCTION("在建"),
    COMPLETED("完工"),
    MAINTAINED("管护"),
    ADJUSTED("调整"),
    CANCELLED("撤销");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** After completion the permanent signboard applies; before it, the construction notice board. */
    public boolean isBuilt() {
        return this == COMPLETED || this == MAINTAINED;
    }

    public boolean needsReason() {
        return this == ADJUSTED || this == CANCELLED;
    }

    public static Optional<Status> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }
}
