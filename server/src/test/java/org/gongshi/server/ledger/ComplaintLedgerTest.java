package org.gongshi.server.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.gongshi.server.store.Complaint;
import org.gongshi.server.store.ComplaintKind;
import org.gongshi.server.store.ComplaintStatus;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplaintLedgerTest {

    static final Instant GENERATED = Instant.parse("2026-11-20T08:00:00Z");
    /** 2026-10-02 07:00 Beijing time, 2026-10-01 in UTC: dates in the ledger must be Beijing dates. */
    static final Instant OCT_2 = Instant.parse("2026-10-01T23:00:00Z");

    static Complaint complaint(String project, ComplaintKind kind, ComplaintStatus status, String reply, int daysToClose) {
        Optional<Instant> closed = status.isFinal() ? Optional.of(OCT_2.plusSeconds(86_400L * daysToClose)) : Optional.empty();
        return new Complaint(1, project, kind, "举报原文：张三的工资被扣了", "sealed-phone", false, status, reply,
                "内部备注", OCT_2, OCT_2, closed);
    }

    @Test
    void countsEveryKindAndStatusPerProjectAndFoldsTextThatIsNoCodeIntoUnassigned() {
        ObjectNode ledger = ComplaintLedger.of(List.of(
                complaint("2023-QH-0001", ComplaintKind.WAGE, ComplaintStatus.CLOSED, "已补发。", 10),
                complaint("２０２３－qh－０００１ ", ComplaintKind.WAGE, ComplaintStatus.CLOSED, "", 15),
                complaint("2023-QH-0001", ComplaintKind.QUALITY, ComplaintStatus.ACCEPTED, "", 0),
                complaint("东陈村道路", ComplaintKind.OTHER, ComplaintStatus.RECEIVED, "", 0)), GENERATED);

        assertEquals("2026-11-20T08:00:00Z", ledger.get("generated").asText());
        JsonNode project = ledger.get("projects").get(0);
        assertEquals("2023-QH-0001", project.get("code").asText());
        assertEquals(3, project.get("total").asInt());
        assertEquals("[拖欠或克扣工资=2, 公示信息不实=0, 工程质量=1, 其他=0]", counts(project.get("byKind")));
        assertEquals("[待受理=0, 已受理=1, 办理中=0, 已办结=2, 不予受理=0]", counts(project.get("byStatus")));
        assertEquals(new BigDecimal("12.5"), project.get("medianDaysToClose").decimalValue());
        JsonNode reply = project.get("replies").get(0);
        assertEquals(1, project.get("replies").size());
        assertEquals("2026-10-02", reply.get("received").asText());
        assertEquals("2026-10-12", reply.get("closed").asText());
        assertEquals("已补发。", reply.get("reply").asText());

        assertEquals(1, ledger.get("projects").size());
        assertEquals(1, ledger.get("unassigned").get("total").asInt());
        assertTrue(ledger.get("unassigned").get("medianDaysToClose").isNull());
    }

    @Test
    void carriesNoDescriptionPhoneNoteOrProjectTextThatIsNoCode() {
        String json = ComplaintLedger.of(List.of(
                complaint("东陈村道路", ComplaintKind.OTHER, ComplaintStatus.CLOSED, "已核实。", 3)), GENERATED).toString();

        assertFalse(json.contains("张三"));
        assertFalse(json.contains("sealed-phone"));
        assertFalse(json.contains("内部备注"));
        assertFalse(json.contains("东陈村"));
    }

    @Test
    void theMedianIsTheMiddleDayOrHalfwayBetweenTheMiddleTwo() {
        assertEquals(new BigDecimal("7"), ComplaintLedger.median(List.of(1L, 7L, 30L)));
        assertEquals(new BigDecimal("4"), ComplaintLedger.median(List.of(1L, 3L, 5L, 30L)));
        assertEquals(new BigDecimal("3.5"), ComplaintLedger.median(List.of(3L, 4L)));
    }

    private static String counts(JsonNode list) {
        List<String> out = new java.util.ArrayList<>();
        list.forEach(n -> out.add(n.get("label").asText() + "=" + n.get("count").asInt()));
        return out.toString();
    }
}
