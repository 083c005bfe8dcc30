package org.gongshi.generator.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** The files of a site folder as URL paths, outside {@code releases/}, which records them rather than being one. */
final class SiteFiles {

    private SiteFiles() {
    }

    /** Every regular file, {@code .gz} twins included, by URL path ("/p/2023-QH-0001/index.html"). */
    static List<String> list(Path siteDir) throws IOException {
        // A published site is a link to its release folder (Publisher); a walk does not follow a link it starts at.
        Path dir = siteDir.toRealPath();
        Path releases = dir.resolve(Releases.FOLDER);
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(f -> !f.startsWith(releases)).filter(Files::isRegularFile)
                    .map(f -> SitePaths.pathOf(dir, f)).sorted().toList();
        }
    }

    /** A twin is derived ({@code x.html.gz} is gzip of {@code x.html}); a {@code .gz} file with no original is not one. */
    static boolean isTwin(String path, Set<String> paths) {
        return path.endsWith(".gz") && paths.contains(path.substring(0, path.length() - 3));
    }

    /**
     * The files a release lists: every file but the twins, hashed in parallel, in path order; a file whose sum is
     * {@code known} is not read.
     */
    static List<ManifestFile> hash(Path siteDir, Map<String, ManifestFile> known) throws IOException {
        List<String> all = list(siteDir);
        Set<String> paths = Set.copyOf(all);
        try {
            return all.parallelStream().filter(p -> !isTwin(p, paths))
                    .map(p -> known.containsKey(p) ? known.get(p) : hashFile(siteDir, p)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The file behind a URL path; manifests only hold paths that stay inside the site (see {@link Manifest}). */
    static Path file(Path siteDir, String urlPath) {
        return siteDir.resolve(urlPath.substring(1));
    }

    private static ManifestFile hashFile(Path siteDir, String urlPath) {
        try {
            return Sha256.ofFile(file(siteDir, urlPath), urlPath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
