package org.gongshi.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gongshi.generator.SiteBuilder;
import org.gongshi.generator.publish.UrlLedger;

/**
 * While {@code serve} runs, rebuilds the site when a file under the content or templates folder changes, so an office
 * sees a corrected record at once. The build is incremental, and the server follows the published link per request,
 * so the new release is served whole from the moment it is published.
 */
final class ContentWatcher implements AutoCloseable {

    /** Editors save in bursts (a temporary file, a rename, a second write): wait for this much quiet. */
    private static final long QUIET_MILLIS = 100;

    private final SiteBuilder.Options options;
    private final Consumer<String> log;
    private final WatchService watcher;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    ContentWatcher(SiteBuilder.Options options, Consumer<String> log) throws IOException {
        this.options = options;
        this.log = log;
        this.watcher = FileSystems.getDefault().newWatchService();
        registerTree(options.contentDir());
        registerTree(options.templatesDir());
        this.thread = new Thread(this::run, "content-watcher");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                WatchKey first = watcher.take();
                boolean relevant = drain(first);
                for (WatchKey next = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS); next != null;
                     next = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) {
                    relevant |= drain(next);
                }
                if (relevant) {
                    rebuild();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void rebuild() {
        log.accept("内容有改动，重新生成网站……");
        try {
            Builds.run(options);
        } catch (Exception e) {
            log.accept("重新生成失败，网站未更新：" + e.getMessage());
        }
    }

    /** Whether the key's events include a change of content; the build's own ledger writes do not count. */
    private boolean drain(WatchKey key) {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || !(event.context() instanceof Path name)) {
                relevant = true;
                continue;
            }
            Path changed = folder.resolve(name);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                try {
                    registerTree(changed);
                } catch (IOException e) {
                    log.accept("无法监视新目录 " + changed + "：" + e.getMessage());
                }
            }
            relevant |= !isLedger(changed);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    private boolean isLedger(Path file) {
        String name = file.getFileName().toString();
        return file.getParent().equals(options.contentDir())
                && (name.equals(UrlLedger.FILE) || name.startsWith(".published-urls-"));
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path folder : walk.filter(Files::isDirectory).toList()) {
                folders.put(folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
            }
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        thread.interrupt();
    }
}
