package org.gongshi.generator.model;

import java.util.List;
import org.gongshi.generator.model.Public;

/**
 * An approved project record as read from {@code project.json}. Every field here is public by policy;
 * the private roster lives in {@link Worker}. Optional fields were resolved against {@link Site} when loaded.
 */
@Public
public record Project(
        String code,
        String name,
        int year,
        String town,
        String village,
        String approvalDocument,
        ConstructionArea area,
        String subType,
        List<ReliefMode> reliefModes,
        String content,
        String benefit,
        Money investment,
        Money centralFunds,
        Money laborPlanned,
        Money laborPaid,
        LaborShareFloor laborShareFloor,
        String ownerUnit,
        String builder,
        String maintainer,
        String hotline,
        DateRange construction,
        DateRange notice,
        Workers workers,
        List<LifecycleEvent> lifecycle,
        List<Amendment> amendments,
        String remarks) {

    public Project {
        reliefModes = List.copyOf(reliefModes);
        lifecycle = List.copyOf(lifecycle);
        amendments = List.copyOf(amendments);
    }

    /** The last lifecycle entry; validation guarantees there is one. */
    public LifecycleEvent latest() {
        if (lifecycle.isEmpty()) {
            throw new IllegalStateException(code + " has no lifecycle entry");
        }
        return lifecycle.get(lifecycle.size() - 1);
    }

    public Status status() {
        return latest().status();
    }
}
