package org.gongshi.generator.publish;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The numbered manifests of one site, read oldest first and checked link by link: numbers run 1, 2, 3 …, each
 * manifest says its own number, and each links to the one before by the SHA-256 of that file's exact bytes.
 * Only the newest manifest is kept whole, so a long history costs the memory of one file list.
 *
 * @param entries  every manifest that could be read, oldest first
 * @param latest   the newest readable manifest, empty when there is none
 * @param problems one plain sentence per broken link, naming the file; empty when the chain holds
 */
public record ReleaseChain(List<ReleaseEntry> entries, Optional<Manifest> latest, List<String> problems) {

    /** The history of a site never published before. */
    static final ReleaseChain EMPTY = new ReleaseChain(List.of(), Optional.empty(), List.of());

    public ReleaseChain {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    /** The history a copy holds; messages name each manifest by its path or URL on that copy. */
    static ReleaseChain read(SiteCopy copy) throws IOException {
        List<ReleaseEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Optional<Manifest> latest = Optional.empty();
        // The previous file as it really is: its number and hash, empty when it is absent or unreadable.
        Optional<ReleaseEntry> before = Optional.empty();
        int expected = 1;
        for (int n : copy.releases()) {
            String name = copy.name(Releases.url(n));
            if (n > expected) {
                problems.add(name + "：之前缺少" + missing(expected, n - 1) + "的发布清单");
                before = Optional.empty();
            }
            expected = n + 1;
            Optional<byte[]> bytes = copy.read(Releases.url(n));
            if (bytes.isEmpty()) {
                problems.add(name + "：文件不存在");
                before = Optional.empty();
                continue;
            }
            Manifest manifest;
            try {
                manifest = Manifest.parse(bytes.get(), name);
            } catch (IOException e) {
                problems.add(e.getMessage());
                before = Optional.empty();
                continue;
            }
            ReleaseEntry entry = ReleaseEntry.of(manifest, Sha256.of(bytes.get()));
            link(n, name, manifest, before, copy).ifPresent(problems::add);
            entries.add(entry);
            latest = Optional.of(manifest);
            before = Optional.of(entry);
        }
        return new ReleaseChain(entries, latest, problems);
    }

    /** What is wrong with manifest N's own number and its link to N-1, if anything. */
    private static Optional<String> link(int n, String name, Manifest manifest, Optional<ReleaseEntry> before,
                                         SiteCopy copy) {
        if (manifest.release() != n) {
            return Optional.of(name + "：文件名是第 " + n + " 次发布，内容却写着第 " + manifest.release() + " 次");
        }
        if (n == 1) {
            return manifest.previous().map(p -> name + "：第 1 次发布不应链接到更早的发布");
        }
        if (manifest.previous().isEmpty()) {
            return Optional.of(name + "：缺少对上一次发布（第 " + (n - 1) + " 次）的链接");
        }
        Manifest.Previous previous = manifest.previous().get();
        if (previous.release() != n - 1) {
            return Optional.of(name + "：链接到第 " + previous.release() + " 次发布，应为第 " + (n - 1) + " 次");
        }
        return before.filter(b -> !b.sha256().equals(previous.sha256()))
                .map(b -> copy.name(Releases.url(n - 1)) + " 在发布后被改动过：它现在的 SHA-256 是 " + b.sha256()
                        + "，而 " + name + " 记录的是 " + previous.sha256());
    }

    private static String missing(int from, int to) {
        return from == to ? "第 " + from + " 次" : "第 " + from + "–" + to + " 次";
    }
}
