package org.gongshi.server.guard;

import org.gongshi.server.testing.RawHttp;
import org.gongshi.server.testing.RawHttp.Reply;
import org.gongshi.server.testing.RunningServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Only GET, HEAD and POST reach the site, on every kind of page alike. */
class MethodGuardTest {

    static final List<String> PAGES = List.of("/", "/p/2023-QH-0012/", "/no/such/page", "/search?q=x",
            "/api/search?q=x", "/hotline", "/hotline/status", "/staff", "/staff/login", "/staff/complaints");

    /** CONNECT is tried below in its own form: one naming a path is malformed, and Jetty's parser answers 400. */
    static final List<String> REFUSED = List.of("PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND", "MKCOL",
            "FOO", "get");

    @RegisterExtension
    final RunningServer server = new RunningServer(HttpLimits.DEFAULT);

    @Test
    void everyOtherMethodIsAnswered405NamingTheThreeOnEveryPage() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String page : PAGES) {
            for (String method : REFUSED) {
                Reply reply = RawHttp.send(server.uri(), method + " " + page + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n");

                String allow = reply.header("Allow").orElse("(none)");
                if (reply.status() != 405 || !allow.equals("GET, HEAD, POST")) {
                    wrong.add(method + " " + page + " -> " + reply.status() + ", Allow: " + allow);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void theRefusalIsTheSitesChinesePage() throws Exception {
        Reply reply = RawHttp.request(server.uri(), "DELETE", "/p/2023-QH-0012/");

        assertEquals("不支持的请求方式", Jsoup.parse(reply.body()).selectFirst("h1").text(), reply.whole());
        assertEquals("nosniff", reply.header("X-Content-Type-Options").orElse(""));
    }

    @Test
    void optionsForTheWholeServerIsRefusedToo() throws Exception {
        Reply reply = RawHttp.request(server.uri(), "OPTIONS", "*");

        assertEquals(405, reply.status(), reply.whole());
        assertEquals("GET, HEAD, POST", reply.header("Allow").orElse(""));
    }

    @Test
    void connectToAnotherHostIsRefused() throws Exception {
        Reply reply = RawHttp.send(server.uri(), "CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n");

        assertEquals(405, reply.status(), reply.whole());
        assertEquals("GET, HEAD, POST", reply.header("Allow").orElse(""));
    }

    @Test
    void connectNamingAPathIsABadRequest() throws Exception {
        Reply reply = RawHttp.request(server.uri(), "CONNECT", "/p/2023-QH-0012/");

        assertEquals(400, reply.status(), reply.whole());
        assertEquals("请求无效", Jsoup.parse(reply.body()).selectFirst("h1").text(), reply.whole());
    }

    @Test
    void getHeadAndPostStillReachThePages() throws Exception {
        assertEquals(200, RawHttp.request(server.uri(), "GET", "/p/2023-QH-0012/").status());
        assertEquals(200, RawHttp.request(server.uri(), "HEAD", "/p/2023-QH-0012/").status());
        assertEquals(200, RawHttp.request(server.uri(), "HEAD", "/search?q=x").status());
        Reply filing = RawHttp.send(server.uri(), "POST /hotline HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        assertEquals(400, filing.status(), filing.whole());
        assertEquals(1, Jsoup.parse(filing.body()).select(".form-problems").size(),
                "an empty complaint comes back as the form, saying what to fill in");
    }

    @Test
    void pagesThatTakeNoFormKeepTheirNarrowerAnswerToPost() throws Exception {
        Reply reply = RawHttp.send(server.uri(), "POST /search?q=x HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Length: 0\r\nConnection: close\r\n\r\n");

        assertEquals(405, reply.status());
        assertEquals("GET, HEAD", reply.header("Allow").orElse(""));
    }
}
