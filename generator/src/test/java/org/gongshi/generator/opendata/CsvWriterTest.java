package org.gongshi.generator.opendata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private static String text(byte[] csv) {
        return new String(csv, StandardCharsets.UTF_8);
    }

    @Test
    void startsWithAUtf8ByteOrderMarkSoExcelReadsChinese() {
        byte[] csv = CsvWriter.write(List.of("town"), List.of(List.of("白石镇")));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        assertEquals("\uFEFFtown\r\n白石镇\r\n", text(csv));
    }

    @Test
    void quotesCommasQuotesAndLineBreaksOnly() {
        byte[] csv = CsvWriter.write(List.of("a", "b", "c", "d"),
                List.of(List.of("青发改振兴〔2021〕3号，附件", "甲,乙", "说\"是\"", "一行\n二行")));
        assertEquals("\uFEFFa,b,c,d\r\n青发改振兴〔2021〕3号，附件,\"甲,乙\",\"说\"\"是\"\"\",\"一行\n二行\"\r\n", text(csv));
    }

    @Test
    void longTextIsNotQuotedWithoutReason() {
        String rule = "《“十四五”以工代赈工作实施方案》：劳务报酬占中央资金比例不低于15%";
        assertEquals("\uFEFFworkers_lifted_out_of_poverty\r\n" + rule + "\r\n",
                text(CsvWriter.write(List.of("workers_lifted_out_of_poverty"), List.of(List.of(rule)))));
    }

    @Test
    void writesNumbersBooleansExactDecimalsAndEmptyCells() {
        byte[] csv = CsvWriter.write(List.of("fen", "yuan", "big", "below", "share", "n"),
                List.of(List.of(160_000_000L, BigDecimal.valueOf(100_000, 2), BigDecimal.valueOf(123_456_789_012_345_678L, 2), false, Column.Cell.EMPTY, 3)));
        assertEquals("\uFEFFfen,yuan,big,below,share,n\r\n160000000,1000.00,1234567890123456.78,false,,3\r\n", text(csv));
    }

    @Test
    void putsAnApostropheBeforeTextASpreadsheetWouldRunAsAFormula() {
        byte[] csv = CsvWriter.write(List.of("a", "b", "c", "d", "e", "f"),
                List.of(List.of("=HYPERLINK(\"http://x\",\"点我\")", "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx")));
        assertEquals("\uFEFFa,b,c,d,e,f\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\",'+cmd,'-2+3,'@SUM(A1),'\tx,\"'\rx\"\r\n",
                text(csv));
    }

    @Test
    void leavesNumbersNegativeOnesIncludedAndOtherTextAsTheyAre() {
        byte[] csv = CsvWriter.write(List.of("n", "fen", "yuan", "text", "empty"),
                List.of(List.of(-3, -160_000_000L, BigDecimal.valueOf(-1_250, 2), "a=b+c", "")));
        assertEquals("\uFEFFn,fen,yuan,text,empty\r\n-3,-160000000,-12.50,a=b+c,\r\n", text(csv));
    }

    @Test
    void aHeaderAloneWhenThereAreNoRows() {
        assertEquals("\uFEFFcode,name\r\n", text(CsvWriter.write(List.of("code", "name"), List.of())));
    }

    @Test
    void aRowOfTheWrongWidthOrAnUnknownValueIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CsvWriter.write(List.of("a", "b"), List.of(List.of("x"))));
        assertThrows(IllegalArgumentException.class, () -> CsvWriter.write(List.of("a"), List.of(List.of(1.5))));
    }
}
