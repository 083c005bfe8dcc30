package org.gongshi.server.testing;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, sent byte for byte as written: java.net.http and browsers normalise paths
 * (dot segments, backslashes, percent-encoding) before sending, or refuse to send them at all, and an attacker's
 * script does neither.
 */
public final class RawHttp {

    /** No single exchange in these tests may take longer; a server that hangs fails the test instead of stalling it. */
    private static final int READ_TIMEOUT_MILLIS = 10_000;

    private RawHttp() {
    }

    /** A socket to the server with a read timeout set; the caller closes it. */
    public static Socket open(URI server) throws IOException {
        Socket socket = new Socket(server.getHost(), server.getPort());
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return socket;
    }

    /** {@code METHOD target HTTP/1.1} with a Host header and {@code Connection: close}. */
    public static Reply request(URI server, String method, String target) throws IOException {
        return send(server, method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    }

    public static Reply get(URI server, String target) throws IOException {
        return request(server, "GET", target);
    }

    /**
     * Sends the text as ISO-8859-1 bytes and reads one response: its head, then as many body bytes as its
     * Content-Length says (none after a HEAD), or everything until the server closes when it gives no length.
     */
    public static Reply send(URI server, String rawRequest) throws IOException {
        try (Socket socket = open(server)) {
            OutputStream out = socket.getOutputStream();
            out.write(rawRequest.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return Reply.read(new BufferedInputStream(socket.getInputStream()), rawRequest.startsWith("HEAD "));
        }
    }

    /**
     * One response as it came off the wire.
     *
     * @param status the status code of the status line, or -1 when the server closed without answering
     * @param head   status line and headers
     * @param body   everything after the blank line, as UTF-8
     */
    public record Reply(int status, String head, String body) {

        /** CR LF CR LF as the last four bytes read, big-endian. */
        private static final int HEAD_END = 0x0D0A0D0A;

        /** @return status -1 with whatever came when the server closed before a whole response head */
        public static Reply read(InputStream in, boolean headOnly) throws IOException {
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int last4 = 0;
            while (last4 != HEAD_END) {
                int b = in.read();
                if (b < 0) {
                    return new Reply(-1, head.toString(StandardCharsets.UTF_8), "");
                }
                head.write(b);
                last4 = (last4 << 8) | b;
            }
            String headText = head.toString(StandardCharsets.ISO_8859_1).strip();
            Reply headOnlyReply = new Reply(statusOf(headText), headText, "");
            Optional<String> length = headOnlyReply.header("Content-Length");
            byte[] body = headOnly ? new byte[0]
                    : length.isPresent() ? in.readNBytes(Integer.parseInt(length.get())) : in.readAllBytes();
            return new Reply(headOnlyReply.status(), headText, new String(body, StandardCharsets.UTF_8));
        }

        private static int statusOf(String head) {
            return head.startsWith("HTTP/1.1 ") ? Integer.parseInt(head.substring(9, 12)) : -1;
        }

        /** The first header of that name, compared case-insensitively. */
        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return head.lines()
                    .filter(line -> line.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(line -> line.substring(prefix.length()).strip())
                    .findFirst();
        }

        /** Status line, headers and body, for assertion messages. */
        public String whole() {
            return head + "\r\n\r\n" + body;
        }
    }
}
