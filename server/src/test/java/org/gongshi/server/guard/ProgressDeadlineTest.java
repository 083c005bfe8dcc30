package org.gongshi.server.guard;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.gongshi.server.testing.RawHttp;
import org.gongshi.server.testing.RunningServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slow clients: request heads and form bodies sent a byte at a time, a response not read at all. The server keeps
 * answering everyone else at once, closes the senders itself soon after {@link HttpLimits#progressTimeout()}
 * although bytes keep coming, and the reader after {@link HttpLimits#idleTimeout()}.
 */
class ProgressDeadlineTest {

    /** A byte every half second keeps the idle timeout from ever firing: closing the senders is the deadline's doing. */
    static final Duration IDLE = Duration.ofSeconds(3);
    static final Duration PROGRESS = Duration.ofSeconds(2);
    /** The deadline closes a connection within 1¼ timeouts of its beginning to wait; the rest is for a loaded machine. */
    static final Duration CLOSED_WITHIN = PROGRESS.multipliedBy(3);
    static final Duration TRICKLE = Duration.ofMillis(500);
    static final Duration ORDINARY_LATENCY = Duration.ofMillis(1000);

    /** Form limits as for many addresses: the slow senders here all come from 127.0.0.1. */
    @RegisterExtension
    final RunningServer server = new RunningServer(HttpLimits.DEFAULT.withTimeouts(IDLE, PROGRESS),
            Limits.DEFAULT.perIpTimes(1000));

    final ScheduledExecutorService trickler = Executors.newSingleThreadScheduledExecutor();
    final List<Socket> slow = new ArrayList<>();

    @AfterEach
    void stopSlowClients() throws Exception {
        trickler.shutdownNow();
        for (Socket socket : slow) {
            socket.close();
        }
    }

    @Test
    void twoHundredHeadsSentAByteEveryHalfSecondDoNotDelayOthersAndAreClosed() throws Exception {
        assertSlowSendersDoNotDelayOthersAndAreClosed(200, "GET / HTTP/1.1\r\nHost: localhost\r\nX-Wait: ");
    }

    /**
     * More slow forms than Jetty has threads (200): none may hold a thread while its body trickles in, and none
     * may leave a stack trace in the log when it is closed (GoneClientGuard).
     */
    @Test
    void threeHundredFormBodiesSentAByteEveryHalfSecondDoNotDelayOthersAndAreClosedQuietly() throws Exception {
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        Logger jetty = (Logger) LoggerFactory.getLogger("org.eclipse.jetty");
        log.start();
        jetty.addAppender(log);
        try {
            assertSlowSendersDoNotDelayOthersAndAreClosed(300, "POST /hotline HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4000\r\n\r\nproject=");
        } finally {
            jetty.detachAppender(log);
        }
        assertEquals(List.of(), log.list.stream()
                .filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN))
                .map(ILoggingEvent::getFormattedMessage)
                .toList());
    }

    @Test
    void aClientThatStopsReadingALargeFileIsClosedAfterTheIdleTimeout() throws Exception {
        int size = 32 * 1024 * 1024;
        Files.write(server.site().resolve("large.csv"), new byte[size]);
        try (Socket reader = new Socket()) {
            // A small window, so the server's writes stall long before the file is through.
            reader.setReceiveBufferSize(4096);
            reader.connect(new InetSocketAddress(server.uri().getHost(), server.uri().getPort()));
            reader.getOutputStream().write("GET /large.csv HTTP/1.1\r\nHost: localhost\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));

            Thread.sleep(IDLE.plusSeconds(2).toMillis());
            reader.setSoTimeout(5000);
            long received = drain(reader.getInputStream());

            assertTrue(received < size, "the server gave up after " + received + " of " + size + " bytes");
        }
        assertEquals(200, RawHttp.get(server.uri(), "/").status());
    }

    @Test
    void aSteadyDownloadLongerThanTheDeadlineIsNotCut() throws Exception {
        int size = 10 * 1024 * 1024;
        Files.write(server.site().resolve("large.csv"), new byte[size]);
        try (Socket reader = RawHttp.open(server.uri())) {
            reader.getOutputStream().write("GET /large.csv HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            long start = System.nanoTime();
            InputStream in = reader.getInputStream();
            // At most 64 KiB every 30 ms, about 2 MB/s: the file takes five seconds or more, over two deadlines.
            byte[] buffer = new byte[64 * 1024];
            long received = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                received += n;
                Thread.sleep(30);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertTrue(took.compareTo(PROGRESS.multipliedBy(2)) > 0, "the download outlasted the deadline: " + took);
            assertTrue(received > size, "head and the whole file arrived: " + received + " bytes");
        }
    }

    /**
     * Opens {@code count} connections that send {@code start} and then a byte every half second, while ordinary
     * requests are timed; then checks that every slow connection was closed by the server.
     */
    private void assertSlowSendersDoNotDelayOthersAndAreClosed(int count, String start) throws Exception {
        long opened = System.nanoTime();
        for (int i = 0; i < count; i++) {
            Socket socket = RawHttp.open(server.uri());
            socket.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
            slow.add(socket);
        }
        trickleTo(slow);

        List<Duration> ordinary = ordinaryRequestsFor(PROGRESS.plusSeconds(1));

        assertAllQuick(ordinary);
        assertAllClosedBy(opened);
    }

    /** Every half second, one more byte to each slow socket, until the server closes it. */
    private void trickleTo(List<Socket> sockets) {
        trickler.scheduleAtFixedRate(() -> {
            for (Socket socket : sockets) {
                try {
                    OutputStream out = socket.getOutputStream();
                    out.write('a');
                    out.flush();
                } catch (IOException closedByServer) {
                    // expected once the deadline passes; the socket is checked at the end
                }
            }
        }, 0, TRICKLE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** GET of a page on a new connection, one after another, each timed. */
    private List<Duration> ordinaryRequestsFor(Duration duration) throws IOException {
        List<Duration> latencies = new ArrayList<>();
        long until = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < until) {
            long start = System.nanoTime();
            RawHttp.Reply reply = RawHttp.get(server.uri(), "/p/2023-QH-0012/");
            latencies.add(Duration.ofNanos(System.nanoTime() - start));
            assertEquals(200, reply.status(), reply.whole());
            assertEquals(RunningServer.NOTICE_PAGE, reply.body());
        }
        return latencies;
    }

    private static void assertAllQuick(List<Duration> latencies) {
        assertTrue(latencies.size() >= 10, "only " + latencies.size() + " ordinary requests were answered");
        Duration slowest = latencies.stream().max(Duration::compareTo).orElseThrow();
        assertTrue(slowest.compareTo(ORDINARY_LATENCY) < 0, "slowest ordinary request took " + slowest);
    }

    /** Each slow socket reads end-of-stream (or a reset) before the deadline plus slack; none got a page. */
    private void assertAllClosedBy(long openedNanos) throws IOException {
        int stillOpen = 0;
        int answered = 0;
        for (Socket socket : slow) {
            long left = CLOSED_WITHIN.toMillis() - Duration.ofNanos(System.nanoTime() - openedNanos).toMillis();
            socket.setSoTimeout((int) Math.max(1, left));
            try {
                byte[] answer = socket.getInputStream().readAllBytes();
                if (new String(answer, StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 200")) {
                    answered++;
                }
            } catch (SocketTimeoutException open) {
                stillOpen++;
            } catch (SocketException reset) {
                // the server closed with bytes of ours unread: closed all the same
            }
        }
        assertEquals(0, stillOpen, "of " + slow.size() + " slow connections, still open after " + CLOSED_WITHIN);
        assertEquals(0, answered, "slow connections answered with a page");
    }

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
            }
        } catch (SocketException reset) {
            // the server closed with bytes of ours unread: the end of what it sent, as surely as end-of-stream
        }
        return total;
    }
}
