package org.gongshi.generator.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gongshi.generator.Problem;

/**
 * Every URL the site has ever published, kept in the content tree ({@code published-urls.txt}) so it travels
 * with the records, not with a build folder that may be thrown away. A build that would drop one of them
 * fails: signboards at work sites carry these URLs for ten years and more. A withdrawn project keeps its URLs
 * (they serve its tombstone), so nothing ever needs to leave the ledger. {@code /releases/} is left out: the
 * release chain carries its own manifests forward.
 */
public final class UrlLedger {

    public static final String FILE = "published-urls.txt";
    private static final String HEADER = """
            # Every URL this site has published, one per line, written by `gongshi build`. Do not edit by hand:
            # a build that would make one of these URLs vanish fails. Keep this file with the content records.
            """;

    private final Path file;
    /** URL → its line in the file, for messages that point at it. */
    private final SortedMap<String, Integer> urls;

    private UrlLedger(Path file, SortedMap<String, Integer> urls) {
        this.file = file;
        this.urls = urls;
    }

    public static UrlLedger read(Path contentDir) throws IOException {
        Path file = contentDir.resolve(FILE);
        SortedMap<String, Integer> urls = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String url = lines.get(i).strip();
                if (!url.isEmpty() && !url.startsWith("#")) {
                    urls.putIfAbsent(url, i + 1);
                }
            }
        }
        return new UrlLedger(file, urls);
    }

    /** True before the first build of a content tree. */
    public boolean isEmpty() {
        return urls.isEmpty();
    }

    /** The URLs a built site answers: directories for their index.html, files by name, no .gz twins. */
    public static SortedSet<String> urlsOf(Path siteDir) throws IOException {
        SortedSet<String> urls = new TreeSet<>();
        try (Stream<Path> files = Files.walk(siteDir)) {
            files.filter(Files::isRegularFile).map(f -> SitePaths.urlFor(siteDir, f))
                    .filter(url -> !url.endsWith(".gz") && !url.startsWith("/releases/"))
                    .forEach(urls::add);
        }
        return urls;
    }

    /**
     * The published URLs the built site no longer answers, grouped by project so one deleted project reads as
     * one line. Asked of the file system, so that on a case-insensitive one {@code /P/X/} counts as answered by
     * the {@code p/X/} folder, as a server there would answer it.
     */
    public List<Problem> vanished(Path siteDir) {
        Map<String, List<String>> byOwner = new TreeMap<>();
        for (String url : urls.keySet()) {
            if (!Files.isRegularFile(siteDir.resolve(SitePaths.fileFor(url)))) {
                byOwner.computeIfAbsent(owner(url), k -> new ArrayList<>()).add(url);
            }
        }
        List<Problem> problems = new ArrayList<>();
        byOwner.forEach((owner, gone) -> problems.add(new Problem(file, urls.get(gone.get(0)), "网址", explain(owner, gone))));
        return problems;
    }

    /** Writes the ledger with the built URLs added, replacing the file in one rename; unchanged files are left alone. */
    public void record(SortedSet<String> built) throws IOException {
        SortedSet<String> all = new TreeSet<>(urls.keySet());
        all.addAll(built);
        if (all.equals(urls.keySet()) && Files.isRegularFile(file)) {
            return;
        }
        Path temp = Files.createTempFile(file.getParent(), ".published-urls-", ".tmp");
        try {
            Files.writeString(temp, HEADER + String.join("\n", all) + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String owner(String url) {
        if (url.startsWith("/p/") || url.startsWith("/P/")) {
            int end = url.indexOf('/', 3);
            return "/p/" + (end < 0 ? url.substring(3) : url.substring(3, end)) + "/";
        }
        return url;
    }

    private static String explain(String owner, List<String> gone) {
        String urls = String.join("、", gone);
        if (owner.startsWith("/p/")) {
            String code = owner.substring(3, owner.length() - 1);
            return "项目 " + code + " 已公布过的网址会失效：" + urls + "。项目记录不能删除：请恢复 projects/" + code
                    + "/；如果项目已撤销或并入其他项目，在它的 lifecycle 最后加一条“撤销”或“合并”（写明日期、原因，合并还要写 successor），"
                    + "这些网址会改为说明项目去向的页面";
        }
        return "已公布过的网址会失效：" + urls + "。请恢复生成它的内容（如 pages/ 下的页面）；已公布的网址必须一直能打开";
    }
}
