package org.gongshi.generator.mask;

import java.util.Optional;
import org.gongshi.generator.model.LifecycleEvent;
import org.gongshi.generator.model.Project;
import org.gongshi.generator.model.Public;

/**
 * Why a cancelled (撤销) or merged (合并) project's URLs now show a tombstone: when, what happened, why, and
 * where its successor is ({@code successorUrl} "" when there is none).
 */
@Public
public record Withdrawal(String date, String status, String reason, String successorCode, String successorUrl) {

    static Optional<Withdrawal> of(Project project) {
        LifecycleEvent last = project.latest();
        if (!last.status().isWithdrawn()) {
            return Optional.empty();
        }
        String successor = last.successor();
        return Optional.of(new Withdrawal(last.date().toString(), last.status().label(), last.reason(), successor,
                successor.isEmpty() ? "" : PublicProject.urlOf(successor)));
    }
}
