package org.gongshi.generator.mask;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** DOMAIN.md: "Names: 2 characters → 张*, 3 → 张*明, 4+ → first + ** + last. Never the full name." */
class NamesTest {

    @Test
    void masksTheSecondCharacterOfATwoCharacterName() {
        assertEquals("张*", Names.mask("张三"));
    }

    @Test
    void masksTheMiddleCharacterOfAThreeCharacterName() {
        assertEquals("张*明", Names.mask("张三明"));
    }

    @Test
    void keepsTheFirstAndLastCharacterOfALongerName() {
        assertEquals("欧**明", Names.mask("欧阳小明"));
        assertEquals("司**文", Names.mask("司马相如文"));
    }

    @Test
    void givesEveryLongNameTwoStarsWhateverItsLength() {
        assertEquals("阿**提", Names.mask("阿依古丽·买买提"));
    }

    @Test
    void neverShowsAOneCharacterNameWhole() {
        assertEquals("张*", Names.mask("张"));
    }

    @Test
    void countsACharacterOutsideTheBasicPlaneAsOne() {
        assertEquals("𠀀*", Names.mask("𠀀三"));
        assertEquals("张*𠀀", Names.mask("张三𠀀"));
        assertEquals("张*明", Names.mask("张𠀀明"));
        assertEquals("𠀀**𠀁", Names.mask("𠀀小明𠀁"));
    }

    @Test
    void ignoresSurroundingSpaces() {
        assertEquals("张*明", Names.mask(" 张三明\u3000"));
    }

    @Test
    void leavesAnEmptyNameEmpty() {
        assertEquals("", Names.mask(""));
        assertEquals("", Names.mask("  "));
    }
}
