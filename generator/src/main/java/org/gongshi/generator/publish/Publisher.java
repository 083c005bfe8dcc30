package org.gongshi.generator.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Atomic publishing. A build writes everything into a staging folder beside the published site; only when it has
 * passed every check is that folder renamed to a release folder, and {@code OUT/site} — a symbolic link — pointed at
 * it by renaming a new link over the old one. rename(2) replaces the link in one step, so whoever reads
 * {@code OUT/site} (the server, rsync, a person) sees the previous release or the new one, never a mix, and a build
 * killed at any moment leaves the published site as it was. The previous release folder is kept, for requests still
 * reading it; older ones, and the staging folders of killed builds, are removed by the next build that publishes.
 */
public final class Publisher {

    private static final String STAGING = ".staging-";
    private static final String RELEASE = ".release-";
    private static final String LOCK = ".build.lock";

    private Publisher() {
    }

    /**
     * Holds {@code OUT/.build.lock} for one build, so that a second build into the same folder stops with a message
     * instead of deleting the first one's staging folder. The operating system releases it when the build's process
     * ends, however it ends.
     */
    public static Optional<FileLock> lock(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        FileChannel channel = FileChannel.open(outDir.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // Held by another build in this same process (a server that rebuilds, a test).
            lock = null;
        }
        if (lock == null) {
            channel.close();
        }
        return Optional.ofNullable(lock);
    }

    /** Made with the default permissions, not a temporary folder's owner-only ones: the site is served from it. */
    public static Path newStaging(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        return Files.createDirectory(outDir.resolve(STAGING + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)));
    }

    /**
     * Publishes {@code staging/name} as {@code OUT/name}: the staging folder becomes a release folder and the link is
     * swapped to it. A site published as a real folder by an earlier version is moved aside first; that one swap is
     * not atomic. Returns the release folder, which still holds the staging folder's other contents.
     */
    public static Path publish(Path staging, Path outDir, String name) throws IOException {
        Path release = outDir.resolve(RELEASE + staging.getFileName().toString().substring(STAGING.length()));
        Files.move(staging, release, StandardCopyOption.ATOMIC_MOVE);
        Path link = outDir.resolve(name);
        if (Files.isDirectory(link, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(link, outDir.resolve(RELEASE + "folder-" + System.nanoTime()), StandardCopyOption.ATOMIC_MOVE);
        }
        Path newLink = outDir.resolve("." + name + "-link-" + System.nanoTime());
        Files.createSymbolicLink(newLink, outDir.relativize(release.resolve(name)));
        Files.move(newLink, link, StandardCopyOption.ATOMIC_MOVE);
        return release;
    }

    /** The release folder {@code OUT/name} points at, if it is a link to one. */
    public static Optional<Path> current(Path outDir, String name) throws IOException {
        Path link = outDir.resolve(name);
        if (!Files.isSymbolicLink(link)) {
            return Optional.empty();
        }
        return Optional.of(outDir.resolve(Files.readSymbolicLink(link)).getParent().normalize());
    }

    /** Removes every staging and release folder but the ones to keep (the current and the previous release). */
    public static void removeStale(Path outDir, Set<Path> keep) throws IOException {
        Set<Path> kept = keep.stream().map(Path::normalize).collect(java.util.stream.Collectors.toSet());
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(outDir, e -> {
            String n = e.getFileName().toString();
            return n.startsWith(STAGING) || n.startsWith(RELEASE) || n.matches("\\..+-link-\\d+");
        })) {
            for (Path entry : entries) {
                if (!kept.contains(entry.normalize())) {
                    deleteTree(entry);
                }
            }
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
