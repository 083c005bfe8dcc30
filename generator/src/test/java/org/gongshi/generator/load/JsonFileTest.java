package org.gongshi.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongshi.generator.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonFileTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void readsAFileWithAByteOrderMarkLikeOneWithout() throws URISyntaxException {
        JsonFile withBom = JsonFile.read(resource("/json/project-bom.json"), problems).orElseThrow();
        JsonFile withoutBom = JsonFile.read(resource("/json/project-no-bom.json"), problems).orElseThrow();

        assertEquals("2023-QH-0008", withBom.root().path("code").asText());
        assertEquals(withoutBom.root(), withBom.root());
        assertEquals(withoutBom.lines().lines(), withBom.lines().lines());
        assertTrue(problems.isEmpty());
    }

    @Test
    void remembersTheLineOfEveryValue() throws IOException {
        JsonFile json = read("""
                {
                  "code": "2023-QH-0012",
                  "construction": {
                    "start": "2023-06-05",
                    "end": "2023-11-28"
                  },
                  "lifecycle": [
                    { "status": "储备", "date": "2022-11-02" },
                    {
                      "status": "计划",
                      "date": "2023-03-28"
                    }
                  ]
                }
                """).orElseThrow();

        assertEquals(2, json.lines().line("/code"));
        assertEquals(3, json.lines().line("/construction"));
        assertEquals(5, json.lines().line("/construction/end"));
        assertEquals(8, json.lines().line("/lifecycle/0/date"));
        assertEquals(9, json.lines().line("/lifecycle/1"));
        assertEquals(11, json.lines().line("/lifecycle/1/date"));
    }

    @Test
    void pointsAMissingFieldAtItsNearestParent() throws IOException {
        JsonFile json = read("""
                {
                  "code": "2023-QH-0012",
                  "construction": {
                    "start": "2023-06-05"
                  }
                }
                """).orElseThrow();

        assertEquals(3, json.lines().line("/construction/end"));
        assertEquals(1, json.lines().line("/maintainer"));
    }

    @Test
    void reportsMalformedJsonAtTheLineTheParserStops() throws IOException {
        assertEquals(Optional.empty(), read("""
                {
                  "code": "2023-QH-0012",
                  "year": 2023
                  "town": "沙河镇"
                }
                """));
        assertEquals(List.of("t.json:4: : JSON 格式错误：Unexpected character ('\"' (code 34)): "
                + "was expecting comma to separate Object entries"), lines());
    }

    @Test
    void rejectsAKeyWrittenTwice() throws IOException {
        assertEquals(Optional.empty(), read("""
                {
                  "code": "2023-QH-0012",
                  "code": "2023-QH-0013"
                }
                """));
        assertEquals(List.of("t.json:3: : JSON 格式错误：Duplicate field 'code'"), lines());
    }

    @Test
    void reportsAnythingAfterTheObjectsClosingBraceAtItsLine() throws IOException {
        assertEquals(List.of("t.json:4: : JSON 格式错误：对象的右括号 } 之后还有内容，一个文件只能有一个 { … }"), problemsOf("""
                {
                  "code": "2023-QH-0012"
                }
                {
                  "year": 2023
                }
                """));
    }

    @Test
    void reportsAStrayCommaAfterTheObjectsClosingBraceAtItsLine() throws IOException {
        // Found by ContentJsonFuzzTest: the object closed early, and the rest of the file escaped as an exception.
        assertEquals(List.of("t.json:3: : JSON 格式错误：Unexpected character (',' (code 44)): expected a valid value "
                + "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')"), problemsOf("""
                {
                  "code": "2023-QH-0012"
                },
                  "year": 2023
                }
                """));
    }

    @Test
    void rejectsJsonThatIsNotAnObject() throws IOException {
        assertEquals(Optional.empty(), read("[1, 2]\n"));
        assertEquals(List.of("t.json:1: : 文件内容应是一个 JSON 对象 { … }"), lines());
    }

    private Optional<JsonFile> read(String text) throws IOException {
        return JsonFile.read(Files.writeString(dir.resolve("t.json"), text), problems);
    }

    /** Reads a file that must not load, and the problems it gave. */
    private List<String> problemsOf(String text) throws IOException {
        assertEquals(Optional.empty(), read(text));
        return lines();
    }

    private List<String> lines() {
        return problems.sorted().stream()
                .map(p -> p.file().getFileName() + ":" + p.line() + ": " + p.field() + ": " + p.message())
                .toList();
    }

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(JsonFileTest.class.getResource(name).toURI());
    }
}
