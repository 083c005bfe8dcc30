package org.gongshi.generator.model;

import java.util.Map;

/** Workers planned and employed, the employed counted per group (every group present, zero allowed). */
@Public
public record Workers(int planned, Map<WorkerGroup, Integer> employed) {

    public Workers {
        employed = Map.copyOf(employed);
    }

    public int employedTotal() {
        return employed.values().stream().mapToInt(Integer::intValue).sum();
    }
}
