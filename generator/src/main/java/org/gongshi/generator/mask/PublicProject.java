package org.gongshi.generator.mask;

import java.util.List;
import org.gongshi.generator.compliance.Flag;
import org.gongshi.generator.compliance.FlagKind;
import org.gongshi.generator.model.Project;
import org.gongshi.generator.model.Public;

/**
 * Everything the portal publishes about a project, and nothing more: the project record (public by policy),
 * figures computed from it, its compliance flags, and the wage ledger with every worker masked. Page models and
 * the search index are built from this type only.
 */
@Public
public record PublicProject(
        Project project,
        String url,
        String status,
        boolean built,
        List<Withdrawal> withdrawal,
        String area,
        List<String> reliefModes,
        LaborShare plannedShare,
        LaborShare paidShare,
        List<GroupCount> employed,
        int employedTotal,
        List<HistoryEntry> history,
        List<AmendmentEntry> amendments,
        List<PublicWageLine> wageLines,
        List<WageBatch> batches,
        WageBatch wageTotal,
        List<Flag> flags) {

    public PublicProject {
        reliefModes = List.copyOf(reliefModes);
        employed = List.copyOf(employed);
        withdrawal = List.copyOf(withdrawal);
        history = List.copyOf(history);
        amendments = List.copyOf(amendments);
        wageLines = List.copyOf(wageLines);
        batches = List.copyOf(batches);
        flags = List.copyOf(flags);
    }

    public static String urlOf(String code) {
        return "/p/" + code + "/";
    }

    /** Cancelled or merged: {@link #withdrawal} then holds its one entry (a list, so templates need no null). */
    public boolean withdrawn() {
        return !withdrawal.isEmpty();
    }

    /** The date of the latest lifecycle step or amendment, ISO. */
    public String lastChange() {
        String step = history.isEmpty() ? "" : history.get(history.size() - 1).date();
        String amended = amendments.isEmpty() ? "" : amendments.get(amendments.size() - 1).date();
        return step.compareTo(amended) >= 0 ? step : amended;
    }

    public String wagesUrl() {
        return url + "wages/";
    }

    /** The share the floor applies to: what was paid once built, what is planned before that. */
    public LaborShare relevantShare() {
        return relevantShare(built, plannedShare, paidShare);
    }

    /** The same choice for the mask stage, which flags the share before this record exists. */
    static LaborShare relevantShare(boolean built, LaborShare planned, LaborShare paid) {
        return built ? paid : planned;
    }

    public boolean belowFloor() {
        return flags.stream().anyMatch(f -> f.kind() == FlagKind.LABOR_SHARE_BELOW_FLOOR);
    }

    /** Who maintains the project, as notices and boards print it: a completed project without one says so (and is flagged). */
    public String maintainer() {
        return project.maintainer().isBlank() ? "尚未明确" : project.maintainer();
    }
}
