package org.gongshi.generator.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The statuses a project passes through. {@link #CANCELLED} and {@link #MERGED} withdraw it: its URLs stay and
 * say when and why, with a link to any successor.
 */
@Public
public enum Status {
    POOL("储备"),
    PLANNED("计划"),
    UNDER_CONSTRUCTION("在建"),
    COMPLETED("完工"),
    MAINTAINED("管护"),
    CANCELLED("撤销"),
    MERGED("合并");

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

    public boolean isWithdrawn() {
        return this == CANCELLED || this == MERGED;
    }

    public static Optional<Status> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }
}
