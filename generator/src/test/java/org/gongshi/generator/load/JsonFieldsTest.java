package org.gongshi.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gongshi.generator.Problems;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFieldsTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void readsFenAsAnExactInteger() throws IOException {
        assertEquals(new Money(142000000), fields("{\"investmentFen\": 142000000}").fen("/investmentFen"));
        assertTrue(problems.isEmpty());
    }

    @Test
    void rejectsFractionalFen() throws IOException {
        assertEquals(Money.ZERO, fields("{\n  \"laborPlannedFen\": 12.5\n}").fen("/laborPlannedFen"));
        assertEquals(List.of("t.json:2: laborPlannedFen: 金额单位是分，不能有小数：12.5"), lines());
    }

    @Test
    void rejectsNegativeFen() throws IOException {
        assertEquals(Money.ZERO, fields("{\n  \"laborPaidFen\": -100\n}").fen("/laborPaidFen"));
        assertEquals(List.of("t.json:2: laborPaidFen: 金额不能为负数：-100"), lines());
    }

    @Test
    void rejectsFenWrittenAsText() throws IOException {
        assertEquals(Money.ZERO, fields("{\"investmentFen\": \"1420000.00\"}").fen("/investmentFen"));
        assertEquals(List.of("t.json:1: investmentFen: 金额应为整数（单位：分），不加引号，实际是 \"1420000.00\""), lines());
    }

    @Test
    void reportsAMissingRequiredFieldByItsDottedName() throws IOException {
        JsonFields f = fields("{\n  \"construction\": {\n    \"start\": \"2023-06-05\"\n  }\n}");

        assertEquals(LocalDate.EPOCH, f.date("/construction/end"));
        assertEquals("", f.text("/builder"));
        assertEquals(List.of(
                "t.json:1: builder: 缺少必填字段",
                "t.json:2: construction.end: 缺少必填字段"), lines());
    }

    @Test
    void treatsABlankStringAsMissing() throws IOException {
        JsonFields f = fields("{\"maintainer\": \"  \"}");

        assertEquals(Optional.empty(), f.optionalText("/maintainer"));
        assertTrue(problems.isEmpty());
    }

    @Test
    void rejectsAnImpossibleDate() throws IOException {
        assertEquals(LocalDate.EPOCH, fields("{\"start\": \"2023-02-30\"}").date("/start"));
        assertEquals(List.of("t.json:1: start: 日期无效：“2023-02-30”，应写作 2024-05-01 这样的有效日期"), lines());
    }

    @Test
    void rejectsAnIntegerOutOfRange() throws IOException {
        assertEquals(2000, fields("{\"year\": 1999}").integer("/year", 2000, 2100));
        assertEquals(List.of("t.json:1: year: 应为 2000 到 2100 之间的整数，实际是 1999"), lines());
    }

    @Test
    void namesTheAllowedLabelsForAnUnknownOne() throws IOException {
        JsonFields f = fields("{\"status\": \"已完工\"}");

        assertEquals(Optional.empty(), f.label("/status", Status::fromLabel, List.of("在建", "完工")));
        assertEquals(List.of("t.json:1: status: 未知的取值“已完工”，可选：在建、完工"), lines());
    }

    @Test
    void rejectsAnEmptyList() throws IOException {
        assertEquals(List.of(), fields("{\"reliefModes\": []}").elements("/reliefModes"));
        assertEquals(List.of("t.json:1: reliefModes: 应为至少含一项的列表 [ … ]"), lines());
    }

    private JsonFields fields(String json) throws IOException {
        Path file = Files.writeString(dir.resolve("t.json"), json);
        return new JsonFields(JsonFile.read(file, problems).orElseThrow(), problems);
    }

    private List<String> lines() {
        return problems.sorted().stream()
                .map(p -> p.file().getFileName() + ":" + p.line() + ": " + p.field() + ": " + p.message())
                .toList();
    }
}
