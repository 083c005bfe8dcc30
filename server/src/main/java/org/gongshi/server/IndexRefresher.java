package org.gongshi.server;

import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.gongshi.search.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Looks for a newly published index every {@code period}, so a build run beside a live server shows up in
 * search without a restart. Searches never wait for it: they keep the index they started with.
 */
final class IndexRefresher extends AbstractLifeCycle {

    private static final Logger LOG = LoggerFactory.getLogger(IndexRefresher.class);

    private final SearchIndex index;
    private final Duration period;
    private ScheduledExecutorService timer;

    IndexRefresher(SearchIndex index, Duration period) {
        this.index = index;
        this.period = period;
    }

    @Override
    protected void doStart() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "search-index-refresh");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::refresh, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void refresh() {
        try {
            index.refresh();
        } catch (IOException | RuntimeException e) {
            // The old index keeps answering; the next round tries again.
            LOG.warn("检索索引刷新失败，继续使用当前索引：{}", e.toString());
        }
    }

    @Override
    protected void doStop() {
        timer.shutdownNow();
    }
}
