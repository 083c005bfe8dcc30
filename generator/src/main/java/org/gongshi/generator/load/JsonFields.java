package org.gongshi.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.gongshi.generator.Problems;
import org.gongshi.generator.model.Money;

/**
 * Typed reads from a JSON file that record a problem instead of throwing, so one pass over a file reports
 * every bad field. Fields are addressed by JSON pointer ("/construction/start") and named in messages
 * with dots ("construction.start"). A failed read returns a harmless placeholder that is never published,
 * because any problem stops the build.
 */
final class JsonFields {

    private final JsonFile json;
    private final Problems problems;

    JsonFields(JsonFile json, Problems problems) {
        this.json = json;
        this.problems = problems;
    }

    SourceLines lines() {
        return json.lines();
    }

    void problem(String pointer, String message) {
        problems.add(json.lines().file(), json.lines().line(pointer), name(pointer), message);
    }

    static String name(String pointer) {
        return pointer.substring(1).replace('/', '.');
    }

    boolean has(String pointer) {
        JsonNode node = json.root().at(pointer);
        return !node.isMissingNode() && !node.isNull() && !(node.isTextual() && node.asText().isBlank());
    }

    String text(String pointer) {
        return optionalText(pointer).orElseGet(() -> {
            missing(pointer);
            return "";
        });
    }

    Optional<String> optionalText(String pointer) {
        if (!has(pointer)) {
            return Optional.empty();
        }
        JsonNode node = json.root().at(pointer);
        if (!node.isTextual()) {
            problem(pointer, "应为文字（用双引号括起来），实际是 " + node);
            return Optional.empty();
        }
        return Optional.of(node.asText().strip());
    }

    int integer(String pointer, int min, int max) {
        if (!has(pointer)) {
            missing(pointer);
            return min;
        }
        JsonNode node = json.root().at(pointer);
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < min || node.asInt() > max) {
            problem(pointer, "应为 " + min + " 到 " + max + " 之间的整数，实际是 " + node);
            return min;
        }
        return node.asInt();
    }

    Money fen(String pointer) {
        if (!has(pointer)) {
            missing(pointer);
            return Money.ZERO;
        }
        JsonNode node = json.root().at(pointer);
        if (!node.isNumber()) {
            problem(pointer, "金额应为整数（单位：分），不加引号，实际是 " + node);
            return Money.ZERO;
        }
        if (!node.isIntegralNumber()) {
            problem(pointer, "金额单位是分，不能有小数：" + node.asText());
            return Money.ZERO;
        }
        if (!node.canConvertToLong() || node.asLong() < 0) {
            problem(pointer, "金额不能为负数：" + node.asText());
            return Money.ZERO;
        }
        return new Money(node.asLong());
    }

    LocalDate date(String pointer) {
        return optionalText(pointer).map(text -> parseDate(pointer, text)).orElseGet(() -> {
            if (!has(pointer)) {
                missing(pointer);
            }
            return LocalDate.EPOCH;
        });
    }

    /** A point in time with its offset, as machines write it: {@code 2026-11-20T08:00:00Z}. */
    Instant instant(String pointer) {
        return optionalText(pointer).map(text -> {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e) {
                problem(pointer, "时间无效：“" + text + "”，应写作 2026-11-20T08:00:00Z 这样的时间");
                return Instant.EPOCH;
            }
        }).orElseGet(() -> {
            if (!has(pointer)) {
                missing(pointer);
            }
            return Instant.EPOCH;
        });
    }

    /** A number of at least zero with at most {@code decimals} decimals; missing or {@code null} is empty. */
    Optional<BigDecimal> optionalDecimal(String pointer, int decimals) {
        if (!has(pointer)) {
            return Optional.empty();
        }
        JsonNode node = json.root().at(pointer);
        if (!node.isNumber() || node.decimalValue().signum() < 0
                || node.decimalValue().stripTrailingZeros().scale() > decimals) {
            problem(pointer, "应为不小于 0、最多 " + decimals + " 位小数的数字（或 null），实际是 " + node);
            return Optional.empty();
        }
        return Optional.of(node.decimalValue());
    }

    private LocalDate parseDate(String pointer, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem(pointer, "日期无效：“" + text + "”，应写作 2024-05-01 这样的有效日期");
            return LocalDate.EPOCH;
        }
    }

    /** A value from a fixed list of Chinese labels; unknown values name the allowed ones. */
    <E> Optional<E> label(String pointer, Function<String, Optional<E>> parse, List<String> allowed) {
        Optional<String> text = optionalText(pointer);
        if (text.isEmpty()) {
            if (!has(pointer)) {
                missing(pointer);
            }
            return Optional.empty();
        }
        Optional<E> value = parse.apply(text.get());
        if (value.isEmpty()) {
            problem(pointer, "未知的取值“" + text.get() + "”，可选：" + String.join("、", allowed));
        }
        return value;
    }

    /** The pointers of the elements of an array field; a missing or empty array is reported. */
    List<String> elements(String pointer) {
        JsonNode node = json.root().at(pointer);
        if (!has(pointer)) {
            missing(pointer);
            return List.of();
        }
        if (!node.isArray() || node.isEmpty()) {
            problem(pointer, "应为至少含一项的列表 [ … ]");
            return List.of();
        }
        List<String> pointers = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            pointers.add(pointer + "/" + i);
        }
        return pointers;
    }

    /** The pointers of the elements of an array field that may be empty; a missing field or a non-list is reported. */
    List<String> elementsOrNone(String pointer) {
        JsonNode node = json.root().at(pointer);
        if (!has(pointer)) {
            missing(pointer);
            return List.of();
        }
        if (!node.isArray()) {
            problem(pointer, "应为列表 [ … ]（可以为空）");
            return List.of();
        }
        List<String> pointers = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            pointers.add(pointer + "/" + i);
        }
        return pointers;
    }

    /** The names of an object field's members, in file order. */
    List<String> memberNames(String pointer) {
        JsonNode node = json.root().at(pointer);
        if (!has(pointer)) {
            missing(pointer);
            return List.of();
        }
        if (!node.isObject()) {
            problem(pointer, "应为对象 { … }");
            return List.of();
        }
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private void missing(String pointer) {
        problem(pointer, "缺少必填字段");
    }
}
