package org.gongshi.generator.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Builds go to a staging folder beside the published one and are moved into place only when complete, so a
 * failed build leaves the previous site untouched. Each folder is swapped with renames on one file system.
 */
public final class Publisher {

    private Publisher() {
    }

    public static Path newStaging(Path outDir) throws IOException {
        Files.createDirectories(outDir);
        return Files.createTempDirectory(outDir, ".staging-");
    }

    /** Moves {@code staging/name} to {@code out/name}, replacing what was there. */
    public static void swapIn(Path staging, Path outDir, String name) throws IOException {
        Path target = outDir.resolve(name);
        Path old = null;
        if (Files.exists(target)) {
            old = outDir.resolve("." + name + "-old-" + System.nanoTime());
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staging.resolve(name), target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            deleteTree(old);
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
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
