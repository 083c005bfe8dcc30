package org.gongshi.generator.publish;

import static org.gongshi.generator.publish.FakeSite.FIRST_BUILD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.generator.model.LaborShareFloor;
import org.gongshi.generator.model.Site;
import org.gongshi.generator.render.TemplateRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleasesTest {

    private static final Instant SECOND_BUILD = FIRST_BUILD.plus(Duration.ofDays(1));
    private static final Instant THIRD_BUILD = FIRST_BUILD.plus(Duration.ofDays(2));

    @Test
    void aManifestListsEveryFileOnItsOwnLineWithHashAndSizeButNeitherTwinsNorTheReleasesFolder(@TempDir Path dir)
            throws IOException {
        Path site = dir.resolve("site");
        FakeSite.page(site, "/a.txt", "甲\n");
        FakeSite.page(site, "/b/乙.txt", "x");
        Files.createDirectories(site.resolve("releases"));
        Files.writeString(site.resolve("releases/index.html"), "the /releases/ page, rendered after the manifest");

        Releases.record(site, Optional.empty(), Instant.parse("2026-11-23T08:00:00.123456Z"));

        assertEquals("""
                {
                  "release": 1,
                  "published": "2026-11-23T08:00:00Z",
                  "previous": null,
                  "fileCount": 2,
                  "files": [
                    {"path": "/a.txt", "sha256": "7589c50dcc90a9be456502ec1ebf077ed6c882f7ebe475a0fd6cb3a07f6b066c", "bytes": 4},
                    {"path": "/b/乙.txt", "sha256": "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881", "bytes": 1}
                  ]
                }
                """, Files.readString(site.resolve("releases/1.json")));
    }

    @Test
    void aGzFileWithoutAnOriginalIsPublishedContentNotATwin(@TempDir Path dir) throws IOException {
        Path site = FakeSite.write(dir.resolve("site"), "第一版");
        Files.write(site.resolve("data/archive.zip.gz"), new byte[] {1, 2, 3});

        Releases.record(site, Optional.empty(), FIRST_BUILD);

        List<String> paths = Releases.read(site).latest().orElseThrow().files().stream().map(ManifestFile::path).toList();
        assertEquals(List.of("/data/archive.zip.gz", "/data/projects.csv", "/index.html", "/logo.png",
                FakeSite.NOTICE, "/style.css"), paths);
    }

    @Test
    void threeChangedBuildsMakeReleasesOneTwoThreeEachLinkedToTheManifestBefore(@TempDir Path out) throws Exception {
        ReleaseLog first = FakeSite.build(out, "第一版", FIRST_BUILD);
        ReleaseLog second = FakeSite.build(out, "第二版", SECOND_BUILD);
        ReleaseLog third = FakeSite.build(out, "第三版", THIRD_BUILD);

        assertTrue(first.newRelease() && second.newRelease() && third.newRelease());
        assertEquals(List.of(3, 2, 1), third.releases().stream().map(ReleaseEntry::release).toList());
        Path releases = out.resolve("site/releases");
        byte[] one = Files.readAllBytes(releases.resolve("1.json"));
        byte[] two = Files.readAllBytes(releases.resolve("2.json"));
        byte[] three = Files.readAllBytes(releases.resolve("3.json"));
        assertEquals(Optional.empty(), Manifest.parse(one, "1.json").previous());
        assertEquals(Optional.of(new Manifest.Previous(1, sha256(one))), Manifest.parse(two, "2.json").previous());
        assertEquals(Optional.of(new Manifest.Previous(2, sha256(two))), Manifest.parse(three, "3.json").previous());
        assertEquals(List.of(), Releases.read(out.resolve("site")).problems());

        assertEquals("[\n"
                + "  {\"release\": 3, \"published\": \"2026-11-25T08:00:00Z\", \"sha256\": \"" + sha256(three)
                + "\", \"fileCount\": 5, \"url\": \"/releases/3.json\"},\n"
                + "  {\"release\": 2, \"published\": \"2026-11-24T08:00:00Z\", \"sha256\": \"" + sha256(two)
                + "\", \"fileCount\": 5, \"url\": \"/releases/2.json\"},\n"
                + "  {\"release\": 1, \"published\": \"2026-11-23T08:00:00Z\", \"sha256\": \"" + sha256(one)
                + "\", \"fileCount\": 5, \"url\": \"/releases/1.json\"}\n"
                + "]\n", Files.readString(releases.resolve("index.json")));
    }

    @Test
    void anUnchangedRebuildIsTheSameReleaseAndRewritesNothing(@TempDir Path out) throws IOException {
        FakeSite.build(out, "第一版", FIRST_BUILD);
        byte[] manifest = Files.readAllBytes(out.resolve("site/releases/1.json"));
        byte[] index = Files.readAllBytes(out.resolve("site/releases/index.json"));

        ReleaseLog rebuild = FakeSite.build(out, "第一版", SECOND_BUILD);

        assertFalse(rebuild.newRelease());
        assertEquals(List.of(1), rebuild.releases().stream().map(ReleaseEntry::release).toList());
        assertFalse(Files.exists(out.resolve("site/releases/2.json")));
        assertArrayEquals(manifest, Files.readAllBytes(out.resolve("site/releases/1.json")));
        assertArrayEquals(index, Files.readAllBytes(out.resolve("site/releases/index.json")));
    }

    @Test
    void aTamperedEarlierManifestFailsTheNextBuildAndNamesIt(@TempDir Path out) throws IOException {
        FakeSite.build(out, "第一版", FIRST_BUILD);
        FakeSite.build(out, "第二版", SECOND_BUILD);
        FakeSite.build(out, "第三版", THIRD_BUILD);
        Path two = out.resolve("site/releases/2.json");
        // Someone rewrites the record of release 2 to match an altered notice page.
        Files.writeString(two, Files.readString(two).replaceFirst("\"bytes\": \\d+", "\"bytes\": 1"));

        IOException e = assertThrows(IOException.class, () -> FakeSite.build(out, "第四版", THIRD_BUILD.plusSeconds(60)));

        assertTrue(e.getMessage().contains(two + " 在发布后被改动过"), e.getMessage());
        assertFalse(Files.exists(out.resolve("site/releases/4.json")));
    }

    @Test
    void aLostEarlierManifestFailsTheNextBuild(@TempDir Path out) throws IOException {
        FakeSite.build(out, "第一版", FIRST_BUILD);
        FakeSite.build(out, "第二版", SECOND_BUILD);
        Files.delete(out.resolve("site/releases/1.json"));

        IOException e = assertThrows(IOException.class, () -> FakeSite.build(out, "第三版", THIRD_BUILD));

        assertTrue(e.getMessage().contains(out.resolve("site/releases/2.json") + "：之前缺少第 1 次的发布清单"),
                e.getMessage());
    }

    @Test
    void theSameInputsGiveTheSameBytes(@TempDir Path dir) throws IOException {
        for (String run : List.of("a", "b")) {
            FakeSite.build(dir.resolve(run), "第一版", FIRST_BUILD);
            FakeSite.build(dir.resolve(run), "第二版", SECOND_BUILD);
        }

        for (String file : List.of("1.json", "2.json", "index.json")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a/site/releases").resolve(file)),
                    Files.readAllBytes(dir.resolve("b/site/releases").resolve(file)), file);
        }
    }

    @Test
    void theReleasesPageListsEachReleaseInBeijingTimeWithItsManifestHash(@TempDir Path out) throws Exception {
        FakeSite.build(out, "第一版", FIRST_BUILD);
        ReleaseLog log = FakeSite.build(out, "第二版", SECOND_BUILD);
        Path site = out.resolve("site");
        Map<String, Object> model = new HashMap<>();
        model.put("site", new Site("青禾县以工代赈项目公示", "青禾县发展和改革局", "https://gongshi.example.gov.cn/", "/",
                "0391-5550100", new LaborShareFloor(15, "不低于15%"), 30, false));
        model.put("nav", List.of());
        model.put("path", "/releases/");
        model.put("pageUrl", "https://gongshi.example.gov.cn/releases/");
        model.put("page", log);

        new TemplateRenderer(Path.of("../templates"), site).render("releases.ftl", model, "/releases/");

        String page = Files.readString(site.resolve("releases/index.html"));
        assertTrue(page.contains("<title>发布记录 - 青禾县以工代赈项目公示</title>"), page);
        String two = sha256(Files.readAllBytes(site.resolve("releases/2.json")));
        assertTrue(page.contains("<tr><td>第 2 次</td><td>2026-11-24 16:00:00</td><td class=\"num\">5</td><td><code>"
                + two + "</code></td><td><a href=\"/releases/2.json\">2.json</a></td></tr>"), page);
        assertTrue(page.indexOf("第 2 次") < page.indexOf("第 1 次"), "newest first");
        assertTrue(page.contains("gongshi verify --site https://gongshi.example.gov.cn/"), page);
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
