package org.gongshi.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.gongshi.generator.SiteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code serve} does when an office saves a corrected record: the published notice changes by itself. */
class ContentWatcherTest {

    private static final String CODE = "2024-QH-0003";

    @TempDir
    Path dir;

    @Test
    void aSavedRecordIsPublishedWithoutARestart() throws Exception {
        Path content = dir.resolve("content");
        SourceDirs.copyTree(Path.of("../content"), content);
        SiteBuilder.Options options = new SiteBuilder.Options(content, Path.of("../templates"), dir.resolve("out"));
        assertTrue(Builds.run(options).ok());
        Path notice = dir.resolve("out").resolve(SiteBuilder.SITE).resolve("p").resolve(CODE).resolve("index.html");
        List<String> log = new CopyOnWriteArrayList<>();
        try (ContentWatcher watcher = new ContentWatcher(options, log::add)) {
            watcher.start();
            Path record = content.resolve("projects").resolve(CODE).resolve("project.json");
            ObjectMapper json = new ObjectMapper();
            ObjectNode project = (ObjectNode) json.readTree(record.toFile());
            project.put("remarks", "二〇二六年十一月补充：管网已移交园区管委会");
            long saved = System.nanoTime();
            json.writerWithDefaultPrettyPrinter().writeValue(record.toFile(), project);

            long deadline = saved + Duration.ofSeconds(60).toNanos();
            while (!Files.readString(notice).contains("管网已移交园区管委会") && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(Files.readString(notice).contains("管网已移交园区管委会"), log::toString);
            System.out.printf("serve: a saved record was published %.2f s later%n", (System.nanoTime() - saved) / 1e9);
            assertTrue(log.stream().anyMatch(m -> m.startsWith("内容有改动")), log::toString);
        }
    }
}
