package org.gongshi.generator.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/** Writes a {@code .gz} twin beside every text file, so the server (or nginx) sends precompressed bytes. */
public final class GzipTwins {

    private static final Set<String> TEXT = Set.of("html", "css", "xml", "json", "csv", "svg", "txt", "js");

    private GzipTwins() {
    }

    /**
     * Writes a rendered page and its twin from the bytes in hand, sparing a read back from disk. Each is a new file:
     * in an incremental build an existing name may be a hard link into the published release, which must not change.
     */
    public static void write(Path file, byte[] bytes) throws IOException {
        Files.deleteIfExists(file);
        Files.deleteIfExists(twinOf(file));
        Files.write(file, bytes);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(twinOf(file)), 8192)) {
            out.write(bytes);
        }
    }

    /** Twins every text file that has none yet: authored pages and assets JBake wrote. */
    public static int writeMissing(Path siteDir) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(siteDir)) {
            files = walk.filter(Files::isRegularFile).filter(GzipTwins::isText)
                    .filter(f -> !Files.exists(twinOf(f))).toList();
        }
        try {
            files.parallelStream().forEach(GzipTwins::twin);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return files.size();
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && TEXT.contains(name.substring(dot + 1));
    }

    private static Path twinOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".gz");
    }

    private static void twin(Path file) {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(twinOf(file)), 8192)) {
            Files.copy(file, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
