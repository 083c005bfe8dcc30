package org.gongshi.generator.model;

import java.util.Arrays;
import java.util.Optional;

/** The groups the policy targets, in the order notices list them. */
@Public
public enum WorkerGroup {
    LIFTED_OUT_OF_POVERTY("脱贫人口"),
    MONITORED("监测对象"),
    LOW_INCOME("低收入人口"),
    OTHER("其他");

    private final String label;

    WorkerGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<WorkerGroup> fromLabel(String label) {
        return Arrays.stream(values()).filter(g -> g.label.equals(label)).findFirst();
    }
}
