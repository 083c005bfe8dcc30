package org.gongshi.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 1, 1);

    @Test
    void computesTheGb11643CheckCharacter() {
        assertEquals('X', IdNumbers.checkCharacter("11010519491231002"));
        assertEquals('3', IdNumbers.checkCharacter("41992319750312001"));
        assertEquals('8', IdNumbers.checkCharacter("11010519000101002"));
        assertEquals('1', IdNumbers.checkCharacter("11010520000229002"));
    }

    @Test
    void acceptsAValidNumberEndingInX() {
        assertTrue(IdNumbers.isValid("11010519491231002X", TODAY));
        assertEquals(Optional.empty(), IdNumbers.problem("11010519491231002X", TODAY));
    }

    @Test
    void acceptsAValidNumberEndingInADigit() {
        assertTrue(IdNumbers.isValid("419923197503120013", TODAY));
    }

    @Test
    void rejectsANumberWithOneDigitChanged() {
        assertEquals(Optional.of("身份证号校验位不正确，请核对是否抄错"), IdNumbers.problem("11010519491231003X", TODAY));
        assertFalse(IdNumbers.isValid("110105194912310021", TODAY));
    }

    @Test
    void rejectsTheThirtiethOfFebruary() {
        // the check character is right, the date is not
        assertEquals(Optional.of("身份证号中的出生日期不存在"), IdNumbers.problem("110105199002300028", TODAY));
    }

    @Test
    void knowsLeapYears() {
        assertTrue(IdNumbers.isValid("110105200002290021", TODAY));
        assertEquals(Optional.of("身份证号中的出生日期不存在"), IdNumbers.problem("110105190002290025", TODAY));
    }

    @Test
    void rejectsABirthDateInTheFuture() {
        assertEquals(Optional.of("身份证号中的出生日期不合理"), IdNumbers.problem("110105202406010021", TODAY));
    }

    @Test
    void acceptsSomeoneBornToday() {
        assertTrue(IdNumbers.isValid("110105202401010022", TODAY));
        assertFalse(IdNumbers.isValid("110105202401020028", TODAY));
    }

    @Test
    void rejectsABirthBefore1900() {
        assertEquals(Optional.of("身份证号中的出生日期不合理"), IdNumbers.problem("110105189912310023", TODAY));
        assertTrue(IdNumbers.isValid("110105190001010028", TODAY));
    }

    @Test
    void rejectsTheWrongShape() {
        String shape = "身份证号应为18位：17位数字加1位数字或X";
        assertEquals(Optional.of(shape), IdNumbers.problem("11010519491231002", TODAY));
        assertEquals(Optional.of(shape), IdNumbers.problem("11010519491231002X1", TODAY));
        assertEquals(Optional.of(shape), IdNumbers.problem("1101051949123100X2", TODAY));
        assertEquals(Optional.of(shape), IdNumbers.problem("110105 19491231002X", TODAY));
        assertEquals(Optional.of(shape), IdNumbers.problem("", TODAY));
    }

    @Test
    void expectsAnUppercaseX() {
        // the roster reader uppercases the ID before it gets here
        assertFalse(IdNumbers.isValid("11010519491231002x", TODAY));
    }
}
