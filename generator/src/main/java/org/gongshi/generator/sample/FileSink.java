package org.gongshi.generator.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes files on one background thread while the caller generates the next ones: a large sample spends
 * about as long in the file system as in generating, so overlapping the two nearly halves the time.
 * Tasks run one at a time in the order queued (a folder before its files); each file is written whole,
 * and contents never depend on timing, so the output stays deterministic.
 * At most {@value #MAX_PENDING} files wait in memory at a time.
 */
final class FileSink implements AutoCloseable {

    private static final int MAX_PENDING = 256;

    private final ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
        Thread t = new Thread(task, "gongshi-sample-writer");
        t.setDaemon(true);
        return t;
    });
    private final Semaphore pending = new Semaphore(MAX_PENDING);
    /** The first failure; once set, queued files are skipped and the caller is told at its next call. */
    private final AtomicReference<IOException> failure = new AtomicReference<>();
    /** Whether the caller has been given the failure already (only the caller's thread reads this). */
    private boolean reported;

    /**
     * Queues the creation of one folder whose parent exists. One call per folder, not a createDirectories
     * per file: on a busy disk each extra mkdir and stat costs about as much as writing a small file.
     */
    void createDirectory(Path dir) throws IOException {
        submit(dir, () -> Files.createDirectory(dir));
    }

    /** Queues {@code bytes} to be written to {@code file}, after everything queued before. */
    void write(Path file, byte[] bytes) throws IOException {
        submit(file, () -> Files.write(file, bytes));
    }

    private interface FileTask {
        void run() throws IOException;
    }

    private void submit(Path path, FileTask task) throws IOException {
        rethrowFailure();
        try {
            pending.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing " + path, e);
        }
        thread.execute(() -> {
            try {
                if (failure.get() == null) {
                    task.run();
                }
            } catch (IOException e) {
                failure.compareAndSet(null, e);
            } finally {
                pending.release();
            }
        });
    }

    /** Waits until every queued file is written; throws the first failure unless a write already did. */
    @Override
    public void close() throws IOException {
        thread.shutdown();
        try {
            while (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                // Keep waiting: returning early would report a tree as written while files are missing.
            }
        } catch (InterruptedException e) {
            thread.shutdownNow();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while writing the sample", e);
        }
        if (!reported) {
            rethrowFailure();
        }
    }

    /**
     * Throws the first failure once. Later calls wrap it instead: try-with-resources would otherwise add
     * the very exception it is propagating to itself as suppressed, which Java forbids.
     */
    private void rethrowFailure() throws IOException {
        IOException e = failure.get();
        if (e == null) {
            return;
        }
        if (!reported) {
            reported = true;
            throw e;
        }
        throw new IOException("an earlier sample file could not be written: " + e.getMessage(), e);
    }
}
