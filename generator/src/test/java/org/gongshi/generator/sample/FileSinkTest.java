package org.gongshi.generator.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSinkTest {

    @Test
    void writesFoldersAndFilesInTheOrderQueued(@TempDir Path out) throws IOException {
        byte[] text = "内容\n".getBytes(StandardCharsets.UTF_8);
        try (FileSink sink = new FileSink()) {
            for (int i = 0; i < 1000; i++) {
                Path dir = out.resolve("p" + i);
                sink.createDirectory(dir);
                sink.write(dir.resolve("a.txt"), text);
            }
        }
        for (int i = 0; i < 1000; i++) {
            assertArrayEquals(text, Files.readAllBytes(out.resolve("p" + i).resolve("a.txt")));
        }
    }

    @Test
    void aFailedWriteIsReportedAtCloseAndLaterFilesAreSkipped(@TempDir Path out) {
        assertThrows(NoSuchFileException.class, () -> {
            try (FileSink sink = new FileSink()) {
                sink.write(out.resolve("missing/a.txt"), new byte[] {1});
                sink.write(out.resolve("b.txt"), new byte[] {2});
            }
        });
        assertFalse(Files.exists(out.resolve("b.txt")));
    }

    @Test
    void aFailureSeenByALaterWriteIsThrownOnceAndCloseStaysQuiet(@TempDir Path out) {
        assertThrows(NoSuchFileException.class, () -> {
            try (FileSink sink = new FileSink()) {
                sink.write(out.resolve("missing/a.txt"), new byte[] {1});
                // Keep queuing until a write call notices the failure; each of these files is skipped.
                for (int i = 0; i < 1_000_000; i++) {
                    sink.write(out.resolve("b" + i + ".txt"), new byte[] {2});
                }
            }
        });
        assertFalse(Files.exists(out.resolve("b0.txt")));
    }
}
