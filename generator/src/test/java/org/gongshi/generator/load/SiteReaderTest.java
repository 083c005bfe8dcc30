package org.gongshi.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongshi.generator.Problems;
import org.gongshi.generator.model.Site;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteReaderTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    private static final String SITE = """
            {
              "title": "青禾县以工代赈项目公示平台",
              "office": "青禾县发展和改革局",
              "baseUrl": "https://gs.qinghe.example.gov.cn",
              "hotline": "0391-5550100",
              "laborShareFloor": {"percent": 15, "rule": "不低于15%%"}%s
            }
            """;

    @Test
    void withoutAServiceUrlTheSameHostAnswersSearchAndTheHotline() throws IOException {
        Site site = read("");

        assertEquals(List.of(), lines());
        assertEquals("/", site.serviceUrl());
        assertEquals("https://gs.qinghe.example.gov.cn/", site.baseUrl());
    }

    @Test
    void anEmptyServiceUrlIsTheSameHost() throws IOException {
        assertEquals("/", read(",\n  \"serviceUrl\": \"\"").serviceUrl());
        assertEquals(List.of(), lines());
    }

    @Test
    void aServiceUrlGetsItsTrailingSlash() throws IOException {
        assertEquals("https://svc.example.org/", read(",\n  \"serviceUrl\": \"https://svc.example.org\"").serviceUrl());
        assertEquals("/gongshi/", read(",\n  \"serviceUrl\": \"/gongshi\"").serviceUrl());
        assertEquals("http://10.0.0.5:8080/", read(",\n  \"serviceUrl\": \"http://10.0.0.5:8080/\"").serviceUrl());
        assertEquals(List.of(), lines());
    }

    @Test
    void rejectsAServiceUrlThatIsNeitherAWebAddressNorAPath() throws IOException {
        read(",\n  \"serviceUrl\": \"svc.example.org\"");
        read(",\n  \"serviceUrl\": \"//svc.example.org/\"");

        assertEquals(List.of(
                "site.json:7: serviceUrl: 应为 https://… 开头的网址或以 / 开头的路径，实际是“svc.example.org”",
                "site.json:7: serviceUrl: 应为 https://… 开头的网址或以 / 开头的路径，实际是“//svc.example.org/”"), lines());
    }

    private Site read(String extra) throws IOException {
        Path file = Files.writeString(dir.resolve("site.json"), SITE.formatted(extra));
        return SiteReader.read(file, problems).orElseThrow();
    }

    private List<String> lines() {
        return problems.sorted().stream()
                .map(p -> p.file().getFileName() + ":" + p.line() + ": " + p.field() + ": " + p.message())
                .toList();
    }
}
