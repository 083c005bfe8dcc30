package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.gongshi.generator.publish.Publisher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build publishes by swapping one link: {@code out/site} points at the release folder of the last build that passed
 * every check, the previous release folder stays for requests still reading it, and whatever killed builds left
 * behind is cleared by the next build that publishes.
 */
class AtomicPublishingTest {

    private static List<String> hiddenFolders(Path out) throws IOException {
        try (Stream<Path> entries = Files.list(out)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".staging-") || n.startsWith(".release-"))
                    .sorted().toList();
        }
    }

    private static void changeAboutPage(ContentTree tree, String text) throws IOException {
        Path page = Files.createDirectories(tree.content.resolve("pages")).resolve("about.md");
        Files.writeString(page, "title=关于本平台\ndate=2024-01-15\ntype=page\nstatus=published\n~~~~~~\n" + text + "\n");
    }

    @Test
    void theSiteIsALinkToTheLatestReleaseAndThePreviousReleaseIsKept(@TempDir Path dir)
            throws IOException, URISyntaxException, BuildException {
        ContentTree tree = new ContentTree(dir);
        List<Path> releases = new java.util.ArrayList<>();
        for (String edition : List.of("第一版", "第二版", "第三版")) {
            changeAboutPage(tree, edition);
            assertTrue(tree.build().ok());
            releases.add(Publisher.current(tree.out, SiteBuilder.SITE).orElseThrow());
            assertTrue(Files.isSymbolicLink(tree.out.resolve(SiteBuilder.SITE)));
            assertTrue(Files.readString(tree.site().resolve("about/index.html")).contains(edition));
        }

        assertEquals(Set.of(releases.get(1).getFileName().toString(), releases.get(2).getFileName().toString()),
                Set.copyOf(hiddenFolders(tree.out)), "the first release folder is gone, the previous one kept");
    }

    @Test
    void whatAKilledBuildLeftBehindIsClearedByTheNextBuildAndNeverPublished(@TempDir Path dir)
            throws IOException, URISyntaxException, BuildException {
        ContentTree tree = new ContentTree(dir);
        assertTrue(tree.build().ok());
        Path published = Publisher.current(tree.out, SiteBuilder.SITE).orElseThrow();
        Path killed = Files.createDirectories(tree.out.resolve(".staging-killed/site/p"));
        Files.writeString(killed.resolve("half-written.html"), "<h1>");

        assertEquals(published, Publisher.current(tree.out, SiteBuilder.SITE).orElseThrow(), "a staging folder is never served");
        changeAboutPage(tree, "改过");
        assertTrue(tree.build().ok());

        assertFalse(Files.exists(tree.out.resolve(".staging-killed")));
        assertEquals(2, hiddenFolders(tree.out).size(), "the new release and the one before it");
    }

    @Test
    void aSecondBuildIntoTheSameFolderIsRefusedWhileTheFirstRuns(@TempDir Path dir)
            throws IOException, URISyntaxException, BuildException {
        ContentTree tree = new ContentTree(dir);
        Optional<FileLock> running = Publisher.lock(tree.out);
        assertTrue(running.isPresent());
        try (var channel = running.get().channel(); FileLock held = running.get()) {
            BuildException refused = assertThrows(BuildException.class, tree::build);
            assertEquals("另一个生成任务正在写入 " + tree.out + "，请等它结束后再生成", refused.getMessage());
        }
        assertTrue(tree.build().ok(), "the lock goes with the build that held it");
    }
}
