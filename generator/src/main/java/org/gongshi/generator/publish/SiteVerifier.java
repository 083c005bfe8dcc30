package org.gongshi.generator.publish;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipException;
import org.gongshi.generator.publish.VerifyReport.Finding;
import org.gongshi.generator.publish.VerifyReport.Kind;

/**
 * Checks a deployed copy of the site, a folder or a web server, against a trusted manifest and names every file
 * that changed, is missing or is extra. A journalist or the office can so confirm that what the public web server
 * sends is exactly what was built.
 */
public final class SiteVerifier {

    /** Requests in flight against a web server: quick enough, and no burden on a small county server. */
    private static final int IN_FLIGHT = 8;
    private static final int PROGRESS_EVERY = 1000;

    /** The manifest checked against, where it came from, and every trusted manifest's hash by number. */
    private record Trusted(String from, Manifest manifest, String sha256, Map<Integer, String> releases, boolean ownCopy) {
    }

    private SiteVerifier() {
    }

    /**
     * @param site        a site folder, or an {@code http(s)://} base URL
     * @param manifest    a manifest file or URL to trust; when empty, the newest manifest in {@code trustedSite},
     *                    and when that has none, the copy's own newest manifest (whose chain is then checked)
     * @param trustedSite the local build's site folder, whose {@code releases/} is trusted
     * @param progress    plain-Chinese progress lines on long runs
     * @throws IOException when nothing can be checked: no manifest to trust, a broken local history, or a web
     *                     server that does not answer
     */
    public static VerifyReport verify(String site, Optional<String> manifest, Path trustedSite, Consumer<String> progress)
            throws IOException {
        SiteCopy copy = SiteCopy.open(site);
        List<Finding> findings = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Trusted trusted = trusted(copy, manifest, trustedSite, findings, notes);
        progress.accept("正在核对第 " + trusted.manifest().release() + " 次发布的 " + trusted.manifest().fileCount()
                + " 个文件：" + copy.name("/"));
        if (!trusted.ownCopy()) {
            compareReleases(copy, trusted, findings, notes);
        }
        findings.addAll(checkFiles(copy, trusted.manifest(), progress));
        Optional<List<String>> listed = copy.list();
        if (listed.isPresent()) {
            findings.addAll(extras(listed.get(), trusted.manifest()));
        } else {
            notes.add("通过网址无法列出服务器上的全部文件，因此没有检查是否多出文件；只核对了清单列出的文件。");
        }
        return new VerifyReport(trusted.from(), trusted.manifest().release(), trusted.sha256(),
                trusted.manifest().fileCount(), findings, notes);
    }

    private static Trusted trusted(SiteCopy copy, Optional<String> manifest, Path trustedSite, List<Finding> findings,
                                   List<String> notes) throws IOException {
        if (manifest.isPresent()) {
            String location = manifest.get();
            byte[] bytes = HttpCopy.isUrl(location) ? HttpCopy.download(location) : readFile(location);
            Manifest m = Manifest.parse(bytes, location);
            String sha = Sha256.of(bytes);
            return new Trusted("指定的清单 " + location, m, sha, Map.of(m.release(), sha), false);
        }
        ReleaseChain local = Releases.read(trustedSite);
        if (!local.problems().isEmpty()) {
            throw new IOException("本机生成结果中的发布记录有问题，不能作为核对依据：\n" + String.join("\n", local.problems()));
        }
        if (!local.entries().isEmpty()) {
            ReleaseEntry latest = local.entries().get(local.entries().size() - 1);
            return new Trusted("本机生成结果 " + trustedSite.resolve(Releases.FOLDER).resolve(latest.release() + ".json"),
                    local.latest().orElseThrow(), latest.sha256(), hashes(local), false);
        }
        ReleaseChain own = ReleaseChain.read(copy);
        if (own.entries().isEmpty() && own.problems().isEmpty()) {
            throw new IOException("没有可作依据的发布清单：本机没有生成结果（" + trustedSite.resolve(Releases.FOLDER)
                    + "），网站上也没有 /releases/ 清单；可用 --manifest 指定一份");
        }
        own.problems().forEach(p -> findings.add(new Finding(Kind.CHAIN_BROKEN, "", p)));
        if (own.latest().isEmpty()) {
            throw new IOException("网站上的发布清单都无法读取：\n" + String.join("\n", own.problems()));
        }
        ReleaseEntry latest = own.entries().get(own.entries().size() - 1);
        notes.add("核对依据取自网站本身：能发现清单发布之后对文件的改动，但发现不了连同清单一起的改动。"
                + "请把清单的 SHA-256 与发布记录页上、或发布单位另行公布的数值对照。");
        return new Trusted("网站自身的发布清单 " + copy.name(Releases.url(latest.release())),
                own.latest().get(), latest.sha256(), hashes(own), true);
    }

    /** Every trusted manifest must be on the copy byte for byte: the history is part of what was published. */
    private static void compareReleases(SiteCopy copy, Trusted trusted, List<Finding> findings, List<String> notes)
            throws IOException {
        for (Map.Entry<Integer, String> release : trusted.releases().entrySet()) {
            String path = Releases.url(release.getKey());
            Optional<String> sha = copy.sha256(path);
            if (sha.isEmpty()) {
                findings.add(new Finding(Kind.MISSING, path, ""));
            } else if (!sha.get().equals(release.getValue())) {
                findings.add(new Finding(Kind.RELEASE_DIFFERS, path, ""));
            }
        }
        int next = trusted.manifest().release() + 1;
        if (copy.sha256(Releases.url(next)).isPresent()) {
            notes.add("网站上有比核对依据更新的第 " + next + " 次发布：网站可能已部署了更新的生成结果。");
        }
    }

    private static List<Finding> checkFiles(SiteCopy copy, Manifest manifest, Consumer<String> progress)
            throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        AtomicInteger done = new AtomicInteger();
        int total = manifest.fileCount();
        try {
            List<Future<List<Finding>>> checks = manifest.files().stream().map(file -> pool.submit(() -> {
                List<Finding> found = check(copy, file);
                int n = done.incrementAndGet();
                if (n % PROGRESS_EVERY == 0) {
                    progress.accept("已核对 " + n + "/" + total + " 个文件");
                }
                return found;
            })).toList();
            List<Finding> findings = new ArrayList<>();
            for (Future<List<Finding>> check : checks) {
                findings.addAll(check.get());
            }
            return findings;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("核对被中断", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One file: as served plainly and as served to browsers that accept gzip. */
    private static List<Finding> check(SiteCopy copy, ManifestFile file) throws SiteUnreachableException {
        try {
            Optional<String> sha = copy.sha256(file.path());
            if (sha.isEmpty()) {
                return List.of(new Finding(Kind.MISSING, file.path(), ""));
            }
            List<Finding> found = new ArrayList<>(2);
            if (!sha.get().equals(file.sha256())) {
                found.add(new Finding(Kind.CHANGED, file.path(), ""));
            }
            try {
                copy.gzipSha256(file.path()).filter(gz -> !gz.equals(file.sha256()))
                        .ifPresent(gz -> found.add(new Finding(Kind.TWIN_DIFFERS, file.path() + ".gz", "")));
            } catch (ZipException | EOFException e) {
                found.add(new Finding(Kind.TWIN_DIFFERS, file.path() + ".gz", "不是完整的 gzip 文件"));
            }
            return found;
        } catch (SiteUnreachableException e) {
            throw e;
        } catch (IOException e) {
            return List.of(new Finding(Kind.UNCHECKED, file.path(), e.getMessage()));
        }
    }

    /** Files on the copy the manifest does not list; twins of listed files are derived, not extra. */
    private static List<Finding> extras(List<String> listed, Manifest manifest) {
        Set<String> published = manifest.files().stream().map(ManifestFile::path).collect(Collectors.toSet());
        Set<String> present = Set.copyOf(listed);
        return listed.stream()
                .filter(p -> !published.contains(p) && !SiteFiles.isTwin(p, present) && !SiteFiles.isTwin(p, published))
                .map(p -> new Finding(Kind.EXTRA, p, "")).toList();
    }

    private static Map<Integer, String> hashes(ReleaseChain chain) {
        Map<Integer, String> hashes = new TreeMap<>();
        chain.entries().forEach(e -> hashes.put(e.release(), e.sha256()));
        return hashes;
    }

    private static byte[] readFile(String location) throws IOException {
        Path file = Path.of(location);
        if (!Files.isRegularFile(file)) {
            throw new IOException("找不到指定的清单文件：" + location);
        }
        return Files.readAllBytes(file);
    }
}
