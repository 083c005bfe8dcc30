package org.gongshi.server;

import org.gongshi.server.guard.HttpLimits;
import org.gongshi.server.testing.RawHttp;
import org.gongshi.server.testing.RawHttp.Reply;
import org.gongshi.server.testing.RunningServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request head over {@link HttpLimits#requestHeaderBytes()} (8 KiB by default) is answered 431 at once and its
 * connection closed, and the server goes on answering everyone else.
 */
class OversizedHeaderTest {

    static final Duration QUICKLY = Duration.ofSeconds(2);

    @RegisterExtension
    final RunningServer server = new RunningServer(HttpLimits.DEFAULT);

    @Test
    void oneHeaderOf64KiBIsRefusedQuicklyAndItsConnectionClosed() throws Exception {
        assertRefusedAndClosed(head("/", "Cookie: a=" + "x".repeat(64 * 1024) + "\r\n"));
    }

    @Test
    void fiveThousandSmallHeadersAreRefusedQuicklyAndTheirConnectionClosed() throws Exception {
        StringBuilder headers = new StringBuilder();
        for (int i = 0; i < 5000; i++) {
            headers.append("X-H").append(i).append(": v\r\n");
        }
        assertRefusedAndClosed(head("/", headers.toString()));
    }

    @Test
    void theServerAnswersNormallyAfterRefusingOversizedHeads() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertEquals(431, RawHttp.send(server.uri(), head("/", "Cookie: a=" + "x".repeat(64 * 1024) + "\r\n")).status());
        }

        Reply reply = RawHttp.get(server.uri(), "/p/2023-QH-0012/");

        assertEquals(200, reply.status());
        assertEquals(RunningServer.NOTICE_PAGE, reply.body());
    }

    @Test
    void aHeadJustUnderTheLimitIsServed() throws Exception {
        StringBuilder headers = new StringBuilder("Cookie: a=" + "x".repeat(6 * 1024) + "\r\n");
        for (int i = 0; i < 100; i++) {
            headers.append("X-H").append(i).append(": v\r\n");
        }

        assertEquals(200, RawHttp.send(server.uri(), head("/", headers.toString())).status());
    }

    @Test
    void theRefusalIsAChinesePage() throws Exception {
        Reply reply = RawHttp.send(server.uri(), head("/", "Cookie: a=" + "x".repeat(16 * 1024) + "\r\n"));

        assertEquals(431, reply.status());
        assertEquals("请求头过大", Jsoup.parse(reply.body()).selectFirst("h1").text(), reply.whole());
    }

    @Test
    void anAddressLongerThanTheLimitIsRefusedQuicklyAndSaysSo() throws Exception {
        String target = "/search?q=" + "%E6%B0%B4".repeat(3000);
        assertRefusedAndClosed(head(target, ""));

        Reply reply = RawHttp.get(server.uri(), target);
        assertEquals("网址过长", Jsoup.parse(reply.body()).selectFirst("h1").text(), reply.whole());
    }

    private static String head(String target, String headers) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n";
    }

    /** Sends without Connection: close, so that only the server's decision can end the connection. */
    private void assertRefusedAndClosed(String request) throws Exception {
        try (Socket socket = RawHttp.open(server.uri())) {
            long start = System.nanoTime();
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = new BufferedInputStream(socket.getInputStream());

            Reply reply = Reply.read(in, false);
            socket.setSoTimeout((int) QUICKLY.toMillis());
            int afterResponse = in.read();
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertTrue(reply.status() == 431 || reply.status() == 414, "431, or 414 for a long address:\n" + reply.whole());
            assertEquals(-1, afterResponse, "the server closed the connection");
            assertTrue(took.compareTo(QUICKLY) < 0, "took " + took);
        }
        assertEquals(200, RawHttp.get(server.uri(), "/").status(), "a normal request is still served");
    }
}
