package org.gongshi.generator.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gongshi.generator.Problems;
import org.gongshi.generator.load.LoadedLedger;
import org.gongshi.generator.model.ComplaintCounts;
import org.gongshi.generator.model.LabelCount;
import org.gongshi.generator.model.ProjectComplaints;
import org.gongshi.generator.model.PublicReply;

/**
 * Rules that relate the complaint ledger's values to each other: the counts by kind and by status each add up to
 * the total, a label or a project code appears once, and nothing is closed before it was received. A code that
 * names no project is not a problem: the complainant may have mistyped it, and the pages count it as unassigned.
 */
final class ComplaintLedgerValidator {

    private final LoadedLedger loaded;
    private final Problems problems;

    private ComplaintLedgerValidator(LoadedLedger loaded, Problems problems) {
        this.loaded = loaded;
        this.problems = problems;
    }

    /**
     * @param unreadable what the load stage reported; the ledger is one machine export, so after any unreadable
     *                   value in it, sums over placeholders would only add noise and the rules are skipped
     */
    static void validate(LoadedLedger loaded, Problems problems, Problems unreadable) {
        if (unreadable.reportedIn(loaded.lines().file())) {
            return;
        }
        new ComplaintLedgerValidator(loaded, problems).validate();
    }

    private void validate() {
        Set<String> codes = new HashSet<>();
        List<ProjectComplaints> projects = loaded.ledger().projects();
        for (int i = 0; i < projects.size(); i++) {
            String pointer = "/projects/" + i;
            if (!codes.add(projects.get(i).code())) {
                problem(pointer + "/code", "项目编号“" + projects.get(i).code() + "”重复，同一项目只应有一条");
            }
            counts(pointer, projects.get(i).complaints());
        }
        counts("/unassigned", loaded.ledger().unassigned());
    }

    private void counts(String pointer, ComplaintCounts counts) {
        sum(pointer + "/byKind", counts.byKind(), counts.total(), "各类别");
        sum(pointer + "/byStatus", counts.byStatus(), counts.total(), "各状态");
        List<PublicReply> replies = counts.replies();
        for (int i = 0; i < replies.size(); i++) {
            PublicReply reply = replies.get(i);
            if (reply.closed().isPresent() && reply.closed().get().isBefore(reply.received())) {
                problem(pointer + "/replies/" + i + "/closed",
                        "办结日期 " + reply.closed().get() + " 早于收到日期 " + reply.received());
            }
        }
    }

    private void sum(String pointer, List<LabelCount> counts, int total, String what) {
        Set<String> labels = new HashSet<>();
        int sum = 0;
        for (int i = 0; i < counts.size(); i++) {
            if (!labels.add(counts.get(i).label())) {
                problem(pointer + "/" + i + "/label", "“" + counts.get(i).label() + "”重复");
            }
            sum += counts.get(i).count();
        }
        if (sum != total) {
            problem(pointer, what + "件数之和（" + sum + "）与 total（" + total + "）不一致");
        }
    }

    private void problem(String pointer, String message) {
        problems.add(loaded.lines().file(), loaded.lines().line(pointer), pointer.substring(1).replace('/', '.'), message);
    }
}
