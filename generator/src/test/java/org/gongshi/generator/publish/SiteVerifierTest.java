package org.gongshi.generator.publish;

import static org.gongshi.generator.publish.FakeSite.FIRST_BUILD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteVerifierTest {

    private static VerifyReport verify(Path copy, Path trustedSite) throws IOException {
        return SiteVerifier.verify(copy.toString(), Optional.empty(), trustedSite, line -> { });
    }

    private static List<String> lines(VerifyReport report) {
        return report.findings().stream().map(VerifyReport.Finding::line).toList();
    }

    @Test
    void anUntouchedCopyMatchesTheLatestLocalRelease(@TempDir Path dir) throws IOException {
        FakeSite.build(dir.resolve("build"), "第一版", FIRST_BUILD);
        FakeSite.build(dir.resolve("build"), "第二版", FIRST_BUILD.plusSeconds(3600));
        Path deployed = FakeSite.deploy(dir.resolve("build/site"), dir.resolve("www"));
        List<String> progress = new ArrayList<>();

        VerifyReport report = SiteVerifier.verify(deployed.toString(), Optional.empty(), dir.resolve("build/site"), progress::add);

        assertTrue(report.ok(), lines(report).toString());
        assertEquals(2, report.release());
        assertEquals(5, report.checked());
        assertEquals("本机生成结果 " + dir.resolve("build/site/releases/2.json"), report.trustedFrom());
        assertEquals(List.of(), report.notes());
        assertEquals("一致：核对了 5 个文件，与第 2 次发布完全相同", report.summary());
        assertEquals(List.of("正在核对第 2 次发布的 5 个文件：" + deployed), progress);
    }

    @Test
    void aChangedADeletedAnExtraFileAndATamperedTwinAreEachNamed(@TempDir Path dir) throws IOException {
        FakeSite.build(dir.resolve("build"), "第一版", FIRST_BUILD);
        Path www = FakeSite.deploy(dir.resolve("build/site"), dir.resolve("www"));
        Files.writeString(www.resolve("p/2023-QH-0001/index.html"), "<h1>沙河镇王楼村通组道路硬化工程</h1><p>已验收</p>");
        Files.delete(www.resolve("style.css"));
        Files.writeString(www.resolve("extra.html"), "<p>不在清单中</p>");
        gzip(www.resolve("index.html.gz"), "<h1>另一个网站</h1>");

        VerifyReport report = verify(www, dir.resolve("build/site"));

        assertEquals(List.of(
                "已改动 /p/2023-QH-0001/index.html",
                "缺少 /style.css",
                "多出 /extra.html",
                "压缩副本与原文件不一致 /index.html.gz"), lines(report));
        assertEquals("不一致：已改动 1 处，缺少 1 处，多出 1 处，压缩副本与原文件不一致 1 处（核对了 5 个文件，依据第 1 次发布）",
                report.summary());
    }

    @Test
    void aTwinThatIsNotGzipAtAllIsNamed(@TempDir Path dir) throws IOException {
        FakeSite.build(dir.resolve("build"), "第一版", FIRST_BUILD);
        Path www = FakeSite.deploy(dir.resolve("build/site"), dir.resolve("www"));
        Files.writeString(www.resolve("style.css.gz"), "body { display: none; }");

        assertEquals(List.of("压缩副本与原文件不一致 /style.css.gz（不是完整的 gzip 文件）"),
                lines(verify(www, dir.resolve("build/site"))));
    }

    @Test
    void aManifestOnTheCopyThatDiffersFromTheTrustedOneIsNamed(@TempDir Path dir) throws IOException {
        FakeSite.build(dir.resolve("build"), "第一版", FIRST_BUILD);
        Path www = FakeSite.deploy(dir.resolve("build/site"), dir.resolve("www"));
        Path manifest = www.resolve("releases/1.json");
        Files.writeString(manifest, Files.readString(manifest).replace("2026-11-23", "2026-10-01"));

        assertEquals(List.of("发布清单与核对依据不一致 /releases/1.json"), lines(verify(www, dir.resolve("build/site"))));
    }

    @Test
    void withoutALocalBuildTheCopysOwnLatestManifestIsTrustedAndItsChainChecked(@TempDir Path dir) throws IOException {
        FakeSite.build(dir.resolve("build"), "第一版", FIRST_BUILD);
        FakeSite.build(dir.resolve("build"), "第二版", FIRST_BUILD.plusSeconds(3600));
        Path www = FakeSite.deploy(dir.resolve("build/site"), dir.resolve("www"));
        Path first = www.resolve("releases/1.json");
        Files.writeString(first, Files.readString(first).replace("2026-11-23", "2026-10-01"));

        VerifyReport report = verify(www, dir.resolve("no-build/site"));

        assertEquals("网站自身的发布清单 " + www.resolve("releases/2.json"), report.trustedFrom());
        assertEquals(2, report.release());
        assertEquals(1, report.findings().size(), lines(report).toString());
        assertTrue(lines(report).get(0).startsWith("发布记录链条断裂：" + first + " 在发布后被改动过"), lines(report).toString());
        assertTrue(report.notes().get(0).contains("发现不了连同清单一起的改动"), report.notes().toString());
    }

    @Test
    void aManifestNamedOnTheCommandLineIsTheOneTrusted(@TempDir Path dir) throws IOException {
        FakeSite.build(dir.resolve("build"), "第一版", FIRST_BUILD);
        Path www = FakeSite.deploy(dir.resolve("build/site"), dir.resolve("www"));
        Path saved = Files.copy(www.resolve("releases/1.json"), dir.resolve("saved.json"));

        VerifyReport report = SiteVerifier.verify(www.toString(), Optional.of(saved.toString()), dir.resolve("no-build/site"),
                line -> { });

        assertTrue(report.ok(), lines(report).toString());
        assertEquals("指定的清单 " + saved, report.trustedFrom());
    }

    @Test
    void withNothingToTrustNothingIsChecked(@TempDir Path dir) throws IOException {
        Path www = FakeSite.write(dir.resolve("www"), "第一版");

        IOException e = assertThrows(IOException.class, () -> verify(www, dir.resolve("no-build/site")));

        assertTrue(e.getMessage().startsWith("没有可作依据的发布清单"), e.getMessage());
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
