package org.gongshi.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeadersTest {

    private static final Headers HEADERS = Headers.of(Map.of(
            "name", List.of("姓名"),
            "amount_paid_yuan", List.of("实发金额", "实发金额(元)")));

    @Test
    void normalizesHeadersAsExcelUsersTypeThem() {
        assertEquals("实发金额(元)", Headers.normalize("实发金额（元）"));
        assertEquals("实发金额(元)", Headers.normalize(" 实发金额 (元) "));
        assertEquals("实发金额(元)", Headers.normalize("实发金额\u3000(元)"));
        assertEquals("amount_paid_fen", Headers.normalize("Amount_Paid_Fen"));
    }

    @Test
    void mapsChineseEnglishAndFullwidthHeadersToOneCanonicalColumn() {
        assertEquals(Optional.of("amount_paid_yuan"), HEADERS.column("实发金额（元）"));
        assertEquals(Optional.of("amount_paid_yuan"), HEADERS.column("实发金额"));
        assertEquals(Optional.of("amount_paid_yuan"), HEADERS.column("amount_paid_yuan"));
        assertEquals(Optional.of("name"), HEADERS.column("姓名"));
        assertEquals(Optional.empty(), HEADERS.column("奖金"));
    }

    @Test
    void namesAColumnByItsFirstSpelling() {
        assertEquals("实发金额", HEADERS.name("amount_paid_yuan"));
    }

    @Test
    void ignoresEmptyHeadersAndTheColumnsOfThePrintedSheet() {
        assertTrue(HEADERS.ignored(""));
        assertTrue(HEADERS.ignored(" 序号 "));
        assertTrue(HEADERS.ignored("本人签字"));
        assertFalse(HEADERS.ignored("奖金"));
    }

    @Test
    void refusesASpellingThatWouldNameTwoColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Headers.of(Map.of(
                "amount_due_yuan", List.of("应发金额", "金额"),
                "amount_paid_yuan", List.of("实发金额", "金额（元）", "金额"))));

        assertTrue(e.getMessage().startsWith("header 金额 would name both "), e.getMessage());
    }
}
