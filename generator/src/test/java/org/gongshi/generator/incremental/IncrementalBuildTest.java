package org.gongshi.generator.incremental;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongshi.generator.BuildException;
import org.gongshi.generator.BuildReport;
import org.gongshi.generator.ContentTree;
import org.gongshi.generator.SiteBuilder;
import org.gongshi.search.SearchIndex;
import org.gongshi.search.SearchQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * After one record changes, a build re-renders only what depends on it, and what it publishes is byte for byte what a
 * full build of the same content publishes. Built from the sample content/, which has cases, a withdrawn project whose
 * tombstone names its successor, wage ledgers and authored pages.
 */
class IncrementalBuildTest {

    private static final Path CONTENT = Path.of("../content");
    private static final Path TEMPLATES = Path.of("../templates");
    private static final java.time.LocalDate AS_OF = java.time.LocalDate.parse("2026-11-23");
    /** Withdrawn; its tombstone and signboard name its successor, {@link #SUCCESSOR}. */
    private static final String MERGED = "2022-QH-0013";
    private static final String SUCCESSOR = "2023-QH-0015";
    private static final String UNRELATED = "2024-QH-0003";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path content;
    private final List<String> progress = new ArrayList<>();

    @BeforeEach
    void copySample() throws IOException {
        content = dir.resolve("content");
        ContentTree.copy(CONTENT, content);
    }

    @Test
    void aChangedRecordIsRenderedAgainAndTheSiteIsWhatAFullBuildMakes() throws Exception {
        Path out = dir.resolve("out");
        assertTrue(build(out, false).ok());
        assertTrue(progress.stream().anyMatch(m -> m.startsWith("完整生成：没有上次生成的记录")), progress::toString);
        Path before = out.resolve(SiteBuilder.SITE).toRealPath();

        renameWithAmendment(SUCCESSOR, "城关镇新修的产业路工程");
        raiseFirstWage(SUCCESSOR);
        progress.clear();
        BuildReport incremental = build(out, false);
        assertTrue(incremental.ok(), () -> incremental.problems().toString());
        assertTrue(progress.contains("增量生成：1 个项目有改动，重新生成 2 个项目的页面和所有清单、统计页面"), progress::toString);
        Path after = out.resolve(SiteBuilder.SITE).toRealPath();

        Path cold = dir.resolve("cold");
        assertTrue(build(cold, true).ok());
        SortedMap<String, byte[]> incrementalFiles = files(after);
        SortedMap<String, byte[]> coldFiles = files(cold.resolve(SiteBuilder.SITE).toRealPath());
        assertEquals(coldFiles.keySet(), incrementalFiles.keySet());
        List<String> different = coldFiles.keySet().stream()
                .filter(path -> !java.util.Arrays.equals(coldFiles.get(path), incrementalFiles.get(path))).toList();
        assertEquals(List.of(), different, "every file outside the release records is byte-identical to a full build's");
        assertEquals(manifestFiles(cold.resolve(SiteBuilder.SITE).toRealPath(), 1), manifestFiles(after, 2),
                "and the release manifests list the same files and sums");

        assertTrue(new String(incrementalFiles.get("/p/" + MERGED + "/index.html"), StandardCharsets.UTF_8)
                .contains("城关镇新修的产业路工程"), "the merged project's tombstone names its successor's new name");
        assertTrue(new String(incrementalFiles.get("/projects/index.html"), StandardCharsets.UTF_8).length() > 0);
        assertNotEquals(inode(before.resolve("p/" + SUCCESSOR + "/index.html")), inode(after.resolve("p/" + SUCCESSOR + "/index.html")),
                "the changed project's notice was written again");
        assertEquals(inode(before.resolve("p/" + UNRELATED + "/index.html")), inode(after.resolve("p/" + UNRELATED + "/index.html")),
                "an unrelated project's notice is the published file, not a copy");
        assertEquals(inode(before.resolve("p/" + UNRELATED + "/qr.svg")), inode(after.resolve("p/" + UNRELATED + "/qr.svg")));
        assertEquals(inode(before.resolve("signboard.css")), inode(after.resolve("signboard.css")), "assets are carried too");

        try (SearchIndex index = SearchIndex.open(out.resolve(SiteBuilder.SEARCH_INDEX))) {
            assertEquals(SUCCESSOR, index.search(SearchQuery.of("城关镇新修的产业路工程")).hits().get(0).code());
            assertEquals(index.search(SearchQuery.of("东河街道")).total(),
                    coldIndexTotal(cold, "东河街道"), "the updated index answers as a rebuilt one does");
        }
    }

    @Test
    void aTemplateChangeRendersEverything() throws Exception {
        Path templates = dir.resolve("templates");
        ContentTree.copy(TEMPLATES, templates);
        Path out = dir.resolve("out");
        assertTrue(build(out, false, templates).ok());
        Path before = out.resolve(SiteBuilder.SITE).toRealPath();
        Files.writeString(templates.resolve("assets/style.css"), "\n.changed-by-test{color:#123456}\n", java.nio.file.StandardOpenOption.APPEND);
        progress.clear();
        assertTrue(build(out, false, templates).ok());
        assertTrue(progress.stream().anyMatch(m -> m.startsWith("完整生成：") && m.contains("模板")), progress::toString);
        Path after = out.resolve(SiteBuilder.SITE).toRealPath();
        assertNotEquals(inode(before.resolve("p/" + UNRELATED + "/index.html")), inode(after.resolve("p/" + UNRELATED + "/index.html")));
        assertTrue(Files.readString(after.resolve("style.css")).contains("#123456"));
    }

    @Test
    void aFailedIncrementalBuildLeavesTheSiteAndTheIndexAsPublished() throws Exception {
        Path out = dir.resolve("out");
        assertTrue(build(out, false).ok());
        Path before = out.resolve(SiteBuilder.SITE).toRealPath();
        byte[] notice = Files.readAllBytes(before.resolve("p/" + SUCCESSOR + "/index.html"));
        edit(SUCCESSOR, record -> record.put("remarks", "核实备注甲乙丙请联系 13812345678"));
        BuildReport failed = build(out, false);
        assertFalse(failed.ok());
        assertEquals(before, out.resolve(SiteBuilder.SITE).toRealPath());
        assertTrue(java.util.Arrays.equals(notice, Files.readAllBytes(before.resolve("p/" + SUCCESSOR + "/index.html"))),
                "the published notice was not touched through its hard link");
        try (SearchIndex index = SearchIndex.open(out.resolve(SiteBuilder.SEARCH_INDEX))) {
            assertEquals(0, index.search(SearchQuery.of("核实备注甲乙丙")).total());
        }
        edit(SUCCESSOR, record -> record.remove("remarks"));
        progress.clear();
        assertTrue(build(out, false).ok());
        assertTrue(progress.stream().anyMatch(m -> m.startsWith("增量生成：1 个项目有改动")), progress::toString);
        assertTrue(progress.stream().anyMatch(m -> m.startsWith("内容与上次相同，仍是第 1 次发布")), "the record is as published");
    }

    private BuildReport build(Path out, boolean full) throws BuildException {
        return build(out, full, TEMPLATES);
    }

    private BuildReport build(Path out, boolean full, Path templates) throws BuildException {
        return SiteBuilder.build(new SiteBuilder.Options(content, templates, out, AS_OF, Map.of()).full(full), progress::add);
    }

    private long coldIndexTotal(Path cold, String query) throws IOException {
        try (SearchIndex index = SearchIndex.open(cold.resolve(SiteBuilder.SEARCH_INDEX))) {
            return index.search(SearchQuery.of(query)).total();
        }
    }

    private void renameWithAmendment(String code, String name) throws IOException {
        edit(code, record -> {
            record.put("name", name);
            ArrayNode amendments = record.has("amendments") ? (ArrayNode) record.get("amendments") : record.putArray("amendments");
            amendments.addObject().put("date", "2026-11-20").put("change", "项目名称改为“" + name + "”")
                    .put("reason", "与批复文件核对后更正").putArray("fields").add("name");
        });
    }

    /**
     * The first wage line is paid 100 yuan more, as due and as paid, and the record's paid total with it, so totals,
     * statistics and open data change.
     */
    private void raiseFirstWage(String code) throws IOException {
        edit(code, record -> record.put("laborPaidFen", record.get("laborPaidFen").asLong() + 10_000));
        Path wages = content.resolve("projects").resolve(code).resolve("wages.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(wages, StandardCharsets.UTF_8));
        String[] cells = lines.get(1).split(",", -1);
        long yuan = Long.parseLong(cells[4].replace(".00", "")) + 100;
        cells[4] = yuan + ".00";
        cells[5] = yuan + ".00";
        lines.set(1, String.join(",", cells));
        Files.write(wages, lines, StandardCharsets.UTF_8);
    }

    private void edit(String code, java.util.function.Consumer<ObjectNode> change) throws IOException {
        Path file = content.resolve("projects").resolve(code).resolve("project.json");
        ObjectNode record = (ObjectNode) JSON.readTree(file.toFile());
        change.accept(record);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), record);
    }

    /** Every file but the release records, which name their build's time and number. */
    private static SortedMap<String, byte[]> files(Path site) throws IOException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(site)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                String path = "/" + site.relativize(f).toString().replace('\\', '/');
                if (!path.startsWith("/releases/")) {
                    files.put(path, Files.readAllBytes(f));
                }
            }
        }
        return files;
    }

    private static Object manifestFiles(Path site, int release) throws IOException {
        return JSON.readTree(site.resolve("releases/" + release + ".json").toFile()).get("files");
    }

    private static Object inode(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }
}
