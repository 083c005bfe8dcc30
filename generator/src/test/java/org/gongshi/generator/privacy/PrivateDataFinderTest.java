package org.gongshi.generator.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the leak scan counts as private data in a page's text, and what it must leave alone. */
class PrivateDataFinderTest {

    private static final String ID = "419923198002254982";
    private static final String ROSTER_CARD = "6299018797135828781";
    private static final PrivateDataFinder FINDER = new PrivateDataFinder(
            Map.of(ROSTER_CARD, PrivateKind.CARD_NUMBER, "037963212345", PrivateKind.PHONE),
            Set.of("吴琳玲", "杜山", "王"), Set.of("13900001111"), LocalDate.parse("2026-11-23"));

    private static List<String> found(String raw) {
        return FINDER.find(ScanText.of(raw), 1).stream().map(f -> f.kind() + " " + f.value()).distinct().toList();
    }

    @Test
    void findsAnIdNumberWithAValidCheckCharacterAndBirthDateHoweverItIsWritten() {
        for (String written : List.of(ID, "身份证" + ID + "。", "４１９９２３１９８００２２５４９８２", "4199 2319 8002 2549 82",
                "419923-19800225-4982", "4199\u200B2319\u200C8002\u200D2549\uFEFF82", "&#52;19923&#x31;98002254982",
                "ID" + ID, "<td>" + ID + "</td>")) {
            assertEquals(List.of("ID_NUMBER " + ID), found(written), written);
        }
        assertEquals(List.of("ID_NUMBER 11010519491231002X"), found("号码11010519491231002x，"));
    }

    @Test
    void aWrongCheckCharacterOrAnImpossibleBirthDateIsNotAnIdNumber() {
        for (String notAnId : List.of("419923198002254983", "419923198002304982", "419923203002254982")) {
            assertEquals(List.of(), found(notAnId).stream().filter(f -> f.startsWith("ID_NUMBER")).toList(),
                    "wrong check character, 30 February, born after today: " + notAnId);
        }
    }

    @Test
    void findsMobileNumbersButNotPublishedHotlines() {
        assertEquals(List.of("PHONE 13274252553"), found("联系电话：132 7425 2553"));
        assertEquals(List.of("PHONE 13274252553"), found("+86 13274252553"));
        assertEquals(List.of("PHONE 13274252553"), found("132-7425-2553"));
        assertEquals(List.of(), found("监督电话 13900001111"), "a hotline is published on purpose");
        assertEquals(List.of(), found("0391-5550100"), "an office number is not a mobile");
    }

    @Test
    void findsLuhnValidCardNumbersAndTheRostersOwnValuesExactly() {
        assertEquals(List.of("CARD_NUMBER 6222021234567890128"), found("卡号 6222 0212 3456 7890 128"));
        assertEquals(List.of("CARD_NUMBER " + ROSTER_CARD), found("6299-0187-9713-5828-781"));
        assertEquals(List.of(), found("6222021234567890127"), "fails the Luhn check");
        assertEquals(List.of("PHONE 037963212345"), found("家里电话0379-63212345"), "a roster's landline");
    }

    @Test
    void twoNumbersSideBySideAreBothFound() {
        assertEquals(List.of("PHONE 13274252553", "ID_NUMBER " + ID), found("13274252553 " + ID));
    }

    @Test
    void findsRosterFullNamesButNotMaskedNamesOrOneCharacterNames() {
        assertEquals(List.of("NAME 吴琳玲"), found("务工群众吴琳玲领取工资"));
        assertEquals(List.of("NAME 吴琳玲"), found("吴&#x7433;玲"));
        assertEquals(List.of("NAME 吴琳玲"), found("%E5%90%B4%E7%90%B3%E7%8E%B2"), "in a link");
        assertEquals(List.of(), found("吴*玲 杜* 王楼村"));
    }

    @Test
    void aTwoCharacterNameCountsOnlyInTextAboutItsWorkersOwnProject() {
        String text = "杜山负责现场记工";
        assertEquals(List.of(), FINDER.find(ScanText.of(text), 1), "elsewhere 杜山 may just be a place");
        assertEquals(List.of(new Finding(PrivateKind.NAME, "杜山", 1)), FINDER.find(ScanText.of(text), 1, Set.of("杜山")));
    }

    @Test
    void leavesDatesAmountsHashesAndDrawingsAlone() {
        assertEquals(List.of(), found("2024-05-01 至 2024-06-30，2021-2023 年度"));
        assertEquals(List.of(), found("中央资金 1,500,000.00 元，合计 150,000,000,000.00 元"));
        assertEquals(List.of(), found("\"sha256\": \"4199231980022549821234567890123456789012345678901234567890abcd\""));
        assertEquals(List.of(), found("<svg viewBox=\"0 0 1200 884\"><path d=\"M4 4h7v1H4z\"/></svg>"));
        assertEquals(List.of(), found("核对码 7K2QX · 编号 2023-QH-0012 · 青发改振兴〔2023〕12号"));
    }
}
