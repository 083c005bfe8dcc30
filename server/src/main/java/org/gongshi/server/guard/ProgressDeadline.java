package org.gongshi.server.guard;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection on which the server has been waiting for the client too long, however many bytes trickle in.
 * <p>
 * Jetty's idle timeout starts again with every byte received, and Jetty 12 enforces no minimum data rate
 * ({@code HttpConfiguration.setMinRequestDataRate} is stored but never read). A client that sends its request
 * head one byte a second (slowloris) therefore keeps its connection for as long as it likes, and one that sends a
 * form body a byte at a time keeps a server thread too, blocked reading the form. Here only HTTP progress counts:
 * a request head completed, a response begun. A connection that has been waiting to read from the client since
 * its last progress, for {@code timeout}, is closed: a head or body still arriving, or a keep-alive connection
 * with no next request, which browsers replace by opening a new one.
 * <p>
 * While the server is writing, the connection is left to Jetty's idle timeout: a download over a slow phone link
 * makes steady progress that this class cannot see (Jetty counts a response's bytes when it generates them, not
 * when the client takes them), and a client that stops reading stops the write, which the idle timeout ends.
 * <p>
 * Each connection is looked at four times per timeout, so it is closed between 1 and 1¼ timeouts after it began
 * to wait.
 */
public final class ProgressDeadline implements Connection.Listener {

    private static final int CHECKS_PER_TIMEOUT = 4;

    private final Scheduler scheduler;
    private final long timeoutNanos;
    private final long checkMillis;

    /** @param scheduler the connector's, started and stopped with the server */
    public ProgressDeadline(Scheduler scheduler, Duration timeout) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.timeoutNanos = timeout.toNanos();
        this.checkMillis = Math.max(1, timeout.toMillis() / CHECKS_PER_TIMEOUT);
        if (timeoutNanos <= 0) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
    }

    @Override
    public void onOpened(Connection connection) {
        Watch watch = new Watch(connection);
        // The watch must hear of the close to stop checking; a connection carries listeners for that.
        connection.addEventListener(watch);
        watch.schedule();
    }

    /** Progress is counted in whole messages; bytes received do not count, being what a slow client has plenty of. */
    private record Progress(long requestHeads, long responses) {

        static Progress of(Connection connection) {
            return new Progress(connection.getMessagesIn(), connection.getMessagesOut());
        }
    }

    private final class Watch implements Connection.Listener, Runnable {

        private final Connection connection;
        private Progress progress;
        private long sinceNanos;
        private Scheduler.Task task;
        private boolean closed;

        Watch(Connection connection) {
            this.connection = connection;
            this.progress = Progress.of(connection);
            this.sinceNanos = System.nanoTime();
        }

        synchronized void schedule() {
            if (!closed) {
                task = scheduler.schedule(this, checkMillis, TimeUnit.MILLISECONDS);
            }
        }

        @Override
        public void run() {
            Progress now = Progress.of(connection);
            boolean waitingForClient = connection.getEndPoint().isFillInterested();
            long nanos = System.nanoTime();
            boolean overdue;
            synchronized (this) {
                if (closed) {
                    return;
                }
                if (!now.equals(progress) || !waitingForClient) {
                    progress = now;
                    sinceNanos = nanos;
                }
                overdue = nanos - sinceNanos >= timeoutNanos;
            }
            if (overdue) {
                connection.close();
            } else {
                schedule();
            }
        }

        @Override
        public void onClosed(Connection closing) {
            synchronized (this) {
                closed = true;
                if (task != null) {
                    task.cancel();
                }
            }
        }
    }
}
