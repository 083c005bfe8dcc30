package org.gongshi.generator.incremental;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongshi.generator.publish.SitePaths;

/**
 * The files an incremental build carries over from the published release into its staging site: hard links, so
 * carrying 100,000 files costs no copying, and the published release cannot change through them because a build
 * writes every file it renders as a new file ({@link org.gongshi.generator.publish.GzipTwins#write}).
 */
public final class Carried {

    private Carried() {
    }

    /**
     * Links into {@code to} every file of {@code from} whose URL path ("/p/X/index.html") {@code keep} accepts;
     * returns those paths.
     */
    public static Set<String> link(Path from, Path to, Predicate<String> keep) throws IOException {
        Path source = from.toRealPath();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).filter(f -> keep.test(SitePaths.pathOf(source, f))).toList();
        }
        Set<Path> folders = files.stream().map(f -> to.resolve(source.relativize(f.getParent()).toString()))
                .collect(Collectors.toSet());
        for (Path folder : folders) {
            Files.createDirectories(folder);
        }
        try {
            files.parallelStream().forEach(f -> {
                try {
                    Files.createLink(to.resolve(source.relativize(f).toString()), f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files.stream().map(f -> SitePaths.pathOf(source, f)).collect(Collectors.toUnmodifiableSet());
    }

    /** "/p/2023-QH-0001/index.html" → "2023-QH-0001"; empty for a path outside a project's folders. */
    public static String projectOf(String urlPath) {
        if (!urlPath.startsWith("/p/") && !urlPath.startsWith("/P/")) {
            return "";
        }
        int end = urlPath.indexOf('/', 3);
        return end < 0 ? "" : urlPath.substring(3, end);
    }
}
