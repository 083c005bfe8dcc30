package org.gongshi.generator.validate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** Resident ID numbers under GB 11643: 17 digits, a check character, digits 7–14 the birth date. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");

    private IdNumbers() {
    }

    public static char checkCharacter(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** Whether the text is a well-formed ID number: right shape, a real past birth date, right check character. */
    public static boolean isValid(String id, LocalDate today) {
        return problem(id, today).isEmpty();
    }

    /** What is wrong with the ID number, in plain words, or empty when it is valid. */
    public static Optional<String> problem(String id, LocalDate today) {
        if (!SHAPE.matcher(id).matches()) {
            return Optional.of("身份证号应为18位：17位数字加1位数字或X");
        }
        try {
            LocalDate birth = LocalDate.of(
                    Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (birth.isAfter(today) || birth.getYear() < 1900) {
                return Optional.of("身份证号中的出生日期不合理");
            }
        } catch (DateTimeException e) {
            return Optional.of("身份证号中的出生日期不存在");
        }
        if (checkCharacter(id) != id.charAt(17)) {
            return Optional.of("身份证号校验位不正确，请核对是否抄错");
        }
        return Optional.empty();
    }
}
