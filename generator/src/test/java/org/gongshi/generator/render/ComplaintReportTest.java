package org.gongshi.generator.render;

import static org.gongshi.generator.render.ComplaintFiguresTest.counts;
import static org.gongshi.generator.render.ComplaintFiguresTest.kinds;
import static org.gongshi.generator.render.ComplaintFiguresTest.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.model.ComplaintCounts;
import org.gongshi.generator.model.ComplaintLedger;
import org.gongshi.generator.model.LabelCount;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.ProjectComplaints;
import org.junit.jupiter.api.Test;

class ComplaintReportTest {

    private static final List<PublicProject> PROJECTS = List.of(
            project("2025-QH-0002", "白石镇东陈村农田灌溉机井配套工程"),
            project("2023-QH-0012", "沙河镇王楼村通组道路硬化工程"),
            project("2024-QH-0014", "沙河镇沙河村文化广场及配套设施工程"));

    private static PublicProject project(String code, String name) {
        return TestProjects.underConstruction(code, name, new Money(2_000_000), 15);
    }

    private static final ComplaintCounts THREE = counts(3, kinds(2, 0, 1, 0), statuses(0, 1, 0, 2, 0), "12.5");
    private static final ComplaintCounts TWO = counts(2, kinds(0, 1, 0, 1), statuses(0, 0, 1, 0, 1), "");
    private static final ComplaintCounts ONE_PENDING = counts(1, kinds(0, 0, 0, 1), statuses(1, 0, 0, 0, 0), "");
    private static final ComplaintCounts ONE_CLOSED = counts(1, kinds(1, 0, 0, 0), statuses(0, 0, 0, 1, 0), "4");

    private static ComplaintReport report(ComplaintCounts unassigned, ProjectComplaints... entries) {
        return ComplaintReport.of(Optional.of(new ComplaintLedger(Instant.parse("2026-11-20T08:00:00Z"), List.of(entries), unassigned)),
                PROJECTS);
    }

    @Test
    void withoutALedgerNoticePagesSayNothingAndTheLedgerPageSaysNothingIsPublished() {
        ComplaintReport report = ComplaintReport.of(Optional.empty(), PROJECTS);

        assertFalse(report.notice("2025-QH-0002").ledgerPublished());
        assertFalse(report.page().published());
        assertEquals(List.of(), report.page().rows());
    }

    @Test
    void aNoticeShowsItsProjectsFiguresAndAProjectNotListedHasNone() {
        ComplaintReport report = report(ComplaintCounts.NONE, new ProjectComplaints("2025-QH-0002", THREE));

        Pages.NoticeComplaints listed = report.notice("2025-QH-0002");
        assertTrue(listed.ledgerPublished());
        assertEquals(3, listed.figures().total());
        assertEquals(List.of(new LabelCount("拖欠或克扣工资", 2), new LabelCount("工程质量", 1)), listed.figures().byKind());
        assertEquals("12.5", listed.figures().medianDays());

        Pages.NoticeComplaints unlisted = report.notice("2023-QH-0012");
        assertTrue(unlisted.ledgerPublished());
        assertEquals(0, unlisted.figures().total());
    }

    @Test
    void theLedgerPageListsProjectsWithComplaintsByCode() {
        Pages.Complaints page = report(ONE_PENDING,
                new ProjectComplaints("2025-QH-0002", THREE),
                new ProjectComplaints("2023-QH-0012", ComplaintCounts.NONE),
                new ProjectComplaints("2024-QH-0014", TWO)).page();

        assertTrue(page.published());
        assertEquals("2026-11-20 16:00", page.generated(), "Beijing time");
        assertEquals(List.of("2024-QH-0014", "2025-QH-0002"), page.rows().stream().map(Pages.ComplaintRow::code).toList());
        Pages.ComplaintRow row = page.rows().get(1);
        assertEquals("/p/2025-QH-0002/", row.url());
        assertEquals("白石镇东陈村农田灌溉机井配套工程", row.name());
        assertEquals(List.of(3, 2, 1, 0), List.of(row.figures().total(), row.figures().closed(), row.figures().open(), row.figures().rejected()));
        assertEquals(1, page.unassigned().total());
        assertEquals(0, page.unknownCodes());
    }

    @Test
    void theTotalsCoverEveryComplaintReceived() {
        Pages.Complaints page = report(ONE_PENDING,
                new ProjectComplaints("2025-QH-0002", THREE), new ProjectComplaints("2024-QH-0014", TWO)).page();

        ComplaintFigures all = page.all();
        assertEquals(6, all.total());
        assertEquals(List.of(new LabelCount("待受理", 1), new LabelCount("已受理", 1), new LabelCount("办理中", 1),
                new LabelCount("已办结", 2), new LabelCount("不予受理", 1)), all.byStatus());
        assertEquals(List.of(new LabelCount("拖欠或克扣工资", 2), new LabelCount("公示信息不实", 1),
                new LabelCount("工程质量", 1), new LabelCount("其他", 2)), all.byKind());
        assertEquals(List.of(2, 3, 1), List.of(all.closed(), all.open(), all.rejected()));
    }

    @Test
    void anUnknownCodeIsFoldedIntoTheUnassignedNumbers() {
        ComplaintReport report = report(ONE_PENDING,
                new ProjectComplaints("2025-QH-0002", THREE), new ProjectComplaints("2099-XX-0001", ONE_CLOSED));
        Pages.Complaints page = report.page();

        assertEquals(List.of("2025-QH-0002"), page.rows().stream().map(Pages.ComplaintRow::code).toList());
        ComplaintFigures unassigned = page.unassigned();
        assertEquals(2, unassigned.total());
        assertEquals(List.of(1, 1), List.of(unassigned.open(), unassigned.closed()));
        assertEquals(List.of(new LabelCount("拖欠或克扣工资", 1), new LabelCount("其他", 1)), unassigned.byKind());
        assertEquals("", unassigned.medianDays(), "medians of two groups do not combine");
        assertEquals(1, page.unknownCodes());
        assertEquals(5, page.all().total(), "still counted in the totals");
        assertFalse(report.notice("2099-XX-0001").figures().total() > 0);
    }

    @Test
    void theUnassignedGroupKeepsItsMedianWhenNothingIsFoldedIn() {
        Pages.Complaints page = report(ONE_CLOSED, new ProjectComplaints("2099-XX-0001", ComplaintCounts.NONE)).page();

        assertEquals("4", page.unassigned().medianDays());
        assertEquals(0, page.unknownCodes());
    }
}
