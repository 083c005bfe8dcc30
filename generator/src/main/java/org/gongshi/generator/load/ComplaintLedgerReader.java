package org.gongshi.generator.load;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongshi.generator.Problems;
import org.gongshi.generator.model.ComplaintCounts;
import org.gongshi.generator.model.ComplaintKind;
import org.gongshi.generator.model.ComplaintLedger;
import org.gongshi.generator.model.ComplaintStatus;
import org.gongshi.generator.model.LabelCount;
import org.gongshi.generator.model.ProjectComplaints;
import org.gongshi.generator.model.PublicReply;

/**
 * Reads {@code complaints/ledger.json}, the aggregate ledger {@code gongshi complaints export} writes. Labels must
 * be the ones the hotline uses: the pages sort statuses into open and closed by them.
 */
final class ComplaintLedgerReader {

    static final String PATH = "complaints/ledger.json";

    private static final List<String> KINDS = Arrays.stream(ComplaintKind.values()).map(ComplaintKind::label).toList();
    private static final List<String> STATUSES = Arrays.stream(ComplaintStatus.values()).map(ComplaintStatus::label).toList();
    /** Far above any county's complaints; it only keeps a typo from printing as a plausible number. */
    private static final int MAX_COUNT = 1_000_000;

    private ComplaintLedgerReader() {
    }

    static Optional<LoadedLedger> read(Path file, Problems problems) {
        return JsonFile.read(file, problems).map(json -> {
            JsonFields f = new JsonFields(json, problems);
            List<ProjectComplaints> projects = new ArrayList<>();
            for (String pointer : f.elementsOrNone("/projects")) {
                projects.add(new ProjectComplaints(f.text(pointer + "/code"), counts(f, pointer)));
            }
            ComplaintCounts unassigned = ComplaintCounts.NONE;
            if (f.has("/unassigned")) {
                unassigned = counts(f, "/unassigned");
            } else {
                f.problem("/unassigned", "缺少必填字段（没有未指明项目的举报时写 total 为 0）");
            }
            return new LoadedLedger(new ComplaintLedger(f.instant("/generated"), projects, unassigned), f.lines());
        });
    }

    private static ComplaintCounts counts(JsonFields f, String pointer) {
        return new ComplaintCounts(
                f.integer(pointer + "/total", 0, MAX_COUNT),
                labelCounts(f, pointer + "/byKind", KINDS),
                labelCounts(f, pointer + "/byStatus", STATUSES),
                f.optionalDecimal(pointer + "/medianDaysToClose", 1),
                replies(f, pointer + "/replies"));
    }

    private static List<LabelCount> labelCounts(JsonFields f, String pointer, List<String> allowed) {
        List<LabelCount> counts = new ArrayList<>();
        for (String element : f.elementsOrNone(pointer)) {
            Optional<String> label = known(f, element + "/label", allowed);
            // Read even under a bad label, so a bad count on the same entry is reported in the same run.
            int count = f.integer(element + "/count", 0, MAX_COUNT);
            label.ifPresent(l -> counts.add(new LabelCount(l, count)));
        }
        return counts;
    }

    private static List<PublicReply> replies(JsonFields f, String pointer) {
        List<PublicReply> replies = new ArrayList<>();
        for (String element : f.elementsOrNone(pointer)) {
            LocalDate received = f.date(element + "/received");
            Optional<String> kind = known(f, element + "/kind", KINDS);
            Optional<String> status = known(f, element + "/status", STATUSES);
            Optional<LocalDate> closed = f.has(element + "/closed") ? Optional.of(f.date(element + "/closed")) : Optional.empty();
            String reply = f.text(element + "/reply");
            if (kind.isPresent() && status.isPresent()) {
                replies.add(new PublicReply(received, kind.get(), status.get(), closed, reply));
            }
        }
        return replies;
    }

    private static Optional<String> known(JsonFields f, String pointer, List<String> allowed) {
        return f.label(pointer, label -> allowed.contains(label) ? Optional.of(label) : Optional.empty(), allowed);
    }
}
