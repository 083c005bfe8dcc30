package org.gongshi.generator.mask;

import java.util.List;
import org.gongshi.generator.model.Project;

/**
 * Everything the portal publishes about a project, and nothing more: the project record (public by policy),
 * figures computed from it, and the wage ledger with every worker masked. Page models and the search index
 * are built from this type only.
 */
public record PublicProject(
        Project project,
        String url,
        String status,
        boolean built,
        boolean cancelled,
        String area,
        List<String> reliefModes,
        LaborShare plannedShare,
        LaborShare paidShare,
        List<GroupCount> employed,
        int employedTotal,
        List<HistoryEntry> history,
        List<PublicWageLine> wageLines,
        List<WageBatch> batches,
        WageBatch wageTotal) {

    public PublicProject {
        reliefModes = List.copyOf(reliefModes);
        employed = List.copyOf(employed);
        history = List.copyOf(history);
        wageLines = List.copyOf(wageLines);
        batches = List.copyOf(batches);
    }

    public String wagesUrl() {
        return url + "wages/";
    }

    /** The share the floor applies to: what was paid once built, what is planned before that. */
    public LaborShare relevantShare() {
        return built ? paidShare : plannedShare;
    }

    public boolean belowFloor() {
        return relevantShare().below(project.laborShareFloor());
    }
}
