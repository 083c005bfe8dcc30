package org.gongshi.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.generator.Problems;
import org.gongshi.generator.load.LoadedLedger;
import org.gongshi.generator.load.SourceLines;
import org.gongshi.generator.model.ComplaintCounts;
import org.gongshi.generator.model.ComplaintLedger;
import org.gongshi.generator.model.LabelCount;
import org.gongshi.generator.model.ProjectComplaints;
import org.gongshi.generator.model.PublicReply;
import org.junit.jupiter.api.Test;

class ComplaintLedgerValidatorTest {

    private static final Path FILE = Path.of("complaints/ledger.json");

    private static ComplaintCounts counts(int total, List<LabelCount> byKind, List<LabelCount> byStatus, PublicReply... replies) {
        return new ComplaintCounts(total, byKind, byStatus, Optional.empty(), List.of(replies));
    }

    private static List<String> problems(ComplaintLedger ledger, Problems unreadable) {
        Problems problems = new Problems();
        ComplaintLedgerValidator.validate(new LoadedLedger(ledger, new SourceLines(FILE, Map.of())), problems, unreadable);
        return problems.sorted().stream().map(p -> p.field() + ": " + p.message()).toList();
    }

    private static ComplaintLedger ledger(ComplaintCounts unassigned, ProjectComplaints... projects) {
        return new ComplaintLedger(Instant.parse("2026-11-20T08:00:00Z"), List.of(projects), unassigned);
    }

    @Test
    void acceptsCountsThatAddUpToTheirTotal() {
        ComplaintCounts three = counts(3, List.of(new LabelCount("拖欠或克扣工资", 2), new LabelCount("工程质量", 1)),
                List.of(new LabelCount("已受理", 1), new LabelCount("已办结", 2)));

        assertEquals(List.of(), problems(ledger(ComplaintCounts.NONE, new ProjectComplaints("2023-QH-0001", three)), new Problems()));
    }

    @Test
    void reportsCountsThatDoNotAddUpAndALabelListedTwice() {
        ComplaintCounts wrong = counts(3, List.of(new LabelCount("其他", 1), new LabelCount("其他", 1)),
                List.of(new LabelCount("已办结", 3)));

        assertEquals(List.of(
                "projects.0.byKind.1.label: “其他”重复",
                "projects.0.byKind: 各类别件数之和（2）与 total（3）不一致"),
                problems(ledger(ComplaintCounts.NONE, new ProjectComplaints("2023-QH-0001", wrong)), new Problems()));
    }

    @Test
    void reportsAProjectListedTwiceAndAReplyClosedBeforeItWasReceived() {
        PublicReply backwards = new PublicReply(LocalDate.of(2026, 10, 9), "其他", "已办结",
                Optional.of(LocalDate.of(2026, 10, 1)), "已答复。");
        ComplaintCounts one = counts(1, List.of(new LabelCount("其他", 1)), List.of(new LabelCount("已办结", 1)), backwards);

        assertEquals(List.of(
                "projects.0.replies.0.closed: 办结日期 2026-10-01 早于收到日期 2026-10-09",
                "projects.1.code: 项目编号“2023-QH-0001”重复，同一项目只应有一条",
                "projects.1.replies.0.closed: 办结日期 2026-10-01 早于收到日期 2026-10-09"),
                problems(ledger(ComplaintCounts.NONE,
                        new ProjectComplaints("2023-QH-0001", one), new ProjectComplaints("2023-QH-0001", one)), new Problems()));
    }

    @Test
    void aCodeNoProjectHasIsNotAProblem() {
        ComplaintCounts one = counts(1, List.of(new LabelCount("其他", 1)), List.of(new LabelCount("待受理", 1)));

        assertEquals(List.of(), problems(ledger(ComplaintCounts.NONE, new ProjectComplaints("2099-XX-9999", one)), new Problems()));
    }

    @Test
    void checksNothingInALedgerWithAnUnreadableValue() {
        Problems unreadable = new Problems();
        unreadable.add(FILE, 6, "projects.0.total", "应为 0 到 1000000 之间的整数，实际是 -1");
        ComplaintCounts placeholder = counts(0, List.of(new LabelCount("其他", 1)), List.of());

        assertEquals(List.of(), problems(ledger(ComplaintCounts.NONE, new ProjectComplaints("2023-QH-0001", placeholder)), unreadable));
    }
}
