package org.gongshi.search.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PinyinInitialsTest {

    @Test
    void oneLetterPerCharacter() {
        assertEquals(List.of("dcc"), PinyinInitials.of("东陈村"));
        assertEquals(List.of("qhx"), PinyinInitials.of("青禾县"));
    }

    @Test
    void polyphonicCharactersGiveEverySpelling() {
        assertEquals(Set.of("zlc", "clc"), Set.copyOf(PinyinInitials.of("长岭村")));
    }

    @Test
    void lettersAndDigitsStayAndPunctuationGoes() {
        assertEquals(List.of("2hq"), PinyinInitials.of("2号 桥"));
        assertEquals(List.of("ab"), PinyinInitials.of("（Ａ·B）"));
    }

    @Test
    void manyPolyphonicCharactersAreCapped() {
        List<String> spellings = PinyinInitials.of("长重单行长重单行");

        assertTrue(spellings.size() <= PinyinInitials.MAX_SPELLINGS, spellings.toString());
        assertTrue(spellings.stream().allMatch(s -> s.length() == 8), spellings.toString());
    }

    @Test
    void namesAreCombinedWithoutDuplicatesOrBlanks() {
        assertEquals(Set.of("dcc", "bszdcc", "bdzdcc"), PinyinInitials.of(List.of("东陈村", "白石镇东陈村", "。", "东陈村")),
                "石 is also read dàn");
    }
}
