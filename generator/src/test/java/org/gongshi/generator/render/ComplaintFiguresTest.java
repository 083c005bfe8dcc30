package org.gongshi.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongshi.generator.model.ComplaintCounts;
import org.gongshi.generator.model.LabelCount;
import org.gongshi.generator.model.PublicReply;
import org.junit.jupiter.api.Test;

class ComplaintFiguresTest {

    static ComplaintCounts counts(int total, List<LabelCount> byKind, List<LabelCount> byStatus, String median,
                                  PublicReply... replies) {
        return new ComplaintCounts(total, byKind, byStatus,
                median.isEmpty() ? Optional.empty() : Optional.of(new BigDecimal(median)), List.of(replies));
    }

    static List<LabelCount> kinds(int wage, int notice, int quality, int other) {
        return List.of(new LabelCount("拖欠或克扣工资", wage), new LabelCount("公示信息不实", notice),
                new LabelCount("工程质量", quality), new LabelCount("其他", other));
    }

    static List<LabelCount> statuses(int pending, int accepted, int inProgress, int closed, int rejected) {
        return List.of(new LabelCount("待受理", pending), new LabelCount("已受理", accepted), new LabelCount("办理中", inProgress),
                new LabelCount("已办结", closed), new LabelCount("不予受理", rejected));
    }

    @Test
    void leavesOutLabelsWithoutComplaintsAndKeepsTheExportOrder() {
        ComplaintFigures f = ComplaintFigures.of(counts(3, kinds(2, 0, 1, 0), statuses(0, 1, 0, 2, 0), "12.5"));

        assertEquals(List.of(new LabelCount("拖欠或克扣工资", 2), new LabelCount("工程质量", 1)), f.byKind());
        assertEquals(List.of(new LabelCount("已受理", 1), new LabelCount("已办结", 2)), f.byStatus());
        assertEquals("12.5", f.medianDays());
    }

    @Test
    void sortsStatusesIntoClosedOpenAndRejected() {
        ComplaintFigures f = ComplaintFigures.of(counts(15, kinds(0, 0, 0, 15), statuses(1, 2, 3, 4, 5), ""));

        assertEquals(4, f.closed());
        assertEquals(6, f.open(), "待受理 + 已受理 + 办理中");
        assertEquals(5, f.rejected());
    }

    @Test
    void printsTheMedianWithoutTrailingZerosAndNothingWithoutOne() {
        assertEquals("12", ComplaintFigures.of(counts(1, kinds(1, 0, 0, 0), statuses(0, 0, 0, 1, 0), "12.0")).medianDays());
        assertEquals("10", ComplaintFigures.of(counts(1, kinds(1, 0, 0, 0), statuses(0, 0, 0, 1, 0), "10")).medianDays());
        assertEquals("", ComplaintFigures.of(counts(1, kinds(1, 0, 0, 0), statuses(1, 0, 0, 0, 0), "")).medianDays());
    }

    @Test
    void givesRepliesTheirDatesAsText() {
        PublicReply closed = new PublicReply(LocalDate.of(2026, 10, 2), "拖欠或克扣工资", "已办结",
                Optional.of(LocalDate.of(2026, 10, 15)), "已补发。");
        PublicReply open = new PublicReply(LocalDate.of(2026, 10, 9), "工程质量", "办理中", Optional.empty(), "正在核查。");

        ComplaintFigures f = ComplaintFigures.of(counts(2, kinds(1, 0, 1, 0), statuses(0, 0, 1, 1, 0), "13", closed, open));

        assertEquals(List.of(
                new ComplaintFigures.Reply("2026-10-02", "拖欠或克扣工资", "已办结", "2026-10-15", "已补发。"),
                new ComplaintFigures.Reply("2026-10-09", "工程质量", "办理中", "", "正在核查。")), f.replies());
    }

    @Test
    void addsGroupsUpButDoesNotInventAMedian() {
        ComplaintFigures f = ComplaintFigures.sum(List.of(
                counts(3, kinds(2, 0, 1, 0), statuses(0, 1, 0, 2, 0), "12.5"),
                counts(2, List.of(new LabelCount("其他", 2)), List.of(new LabelCount("不予受理", 1), new LabelCount("待受理", 1)), "3")));

        assertEquals(5, f.total());
        assertEquals(List.of(new LabelCount("拖欠或克扣工资", 2), new LabelCount("工程质量", 1), new LabelCount("其他", 2)), f.byKind());
        assertEquals(List.of(new LabelCount("待受理", 1), new LabelCount("已受理", 1), new LabelCount("已办结", 2),
                new LabelCount("不予受理", 1)), f.byStatus());
        assertEquals(2, f.open());
        assertEquals("", f.medianDays());
    }

    @Test
    void aSumOfOneGroupKeepsItsMedian() {
        assertEquals("12.5", ComplaintFigures.sum(List.of(counts(3, kinds(2, 0, 1, 0), statuses(0, 1, 0, 2, 0), "12.5"))).medianDays());
    }
}
