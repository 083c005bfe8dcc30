package org.gongshi.server;

import org.gongshi.server.guard.HttpLimits;
import org.gongshi.server.testing.RawHttp;
import org.gongshi.server.testing.RawHttp.Reply;
import org.gongshi.server.testing.RunningServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Request targets that try to climb out of the site directory, sent over a raw socket exactly as written. A
 * secret file lies in the site folder's parent, and a private wage roster in a folder beside it, where a
 * careless deployment would keep them; no spelling of a way there may bring either back, and each is answered
 * 400 or 404, never 500.
 */
class PathTraversalTest {

    static final String SECRET = "机密-不得公开-7f3a9c";

    /** The ways a path can say "one folder up" that a normalising client would have cleaned away. */
    static final List<String> ESCAPES = List.of(
            "/../secret.txt",
            "/p/../../secret.txt",
            "/p/2023-QH-0012/../../../secret.txt",
            "/./../secret.txt",
            "//../secret.txt",
            "/%2e%2e/secret.txt",
            "/%2E%2E/secret.txt",
            "/.%2e/secret.txt",
            "/%2e./secret.txt",
            "/p/%2e%2e/%2e%2e/secret.txt",
            "/..%2fsecret.txt",
            "/..%2Fsecret.txt",
            "/p/..%2f..%2fsecret.txt",
            "/%2e%2e%2fsecret.txt",
            "/p%2f..%2f..%2fsecret.txt",
            "/..\\secret.txt",
            "/p\\..\\..\\secret.txt",
            "/..%5csecret.txt",
            "/..%5Csecret.txt",
            "/%2e%2e%5csecret.txt",
            "/%252e%252e/secret.txt",
            "/%252e%252e%252fsecret.txt",
            "/p/..%252f..%252fsecret.txt",
            "/..;/secret.txt",
            "/p;x=1/..;/..;/secret.txt",
            "/p/2023-QH-0012;/..;/..;/..;/secret.txt",
            "/..;jsessionid=1/secret.txt",
            "/../secret.txt%00",
            "/../secret.txt%00.html",
            "/p/2023-QH-0012/secret.txt%00",
            "/%00/../secret.txt",
            "/..%00/secret.txt",
            "/..%c0%afsecret.txt",
            "/..%ef%bc%8fsecret.txt",
            "/search/../../secret.txt",
            "/api/search/..%2f..%2fsecret.txt",
            "/hotline/../../secret.txt",
            "/staff/..%2f..%2fsecret.txt",
            "/staff/..;/..;/secret.txt",
            "/P/../../secret.txt",
            "http://localhost/../secret.txt",
            "http://localhost/%2e%2e/secret.txt",
            "/../content/rosters/roster.csv",
            "/%2e%2e/content/rosters/roster.csv",
            "/..%2fcontent%2frosters%2froster.csv",
            "/..;/content/rosters/roster.csv",
            "/..%5ccontent%5crosters%5croster.csv");

    @RegisterExtension
    final RunningServer server = new RunningServer(HttpLimits.DEFAULT);

    @BeforeEach
    void plantSecrets() throws Exception {
        Files.writeString(server.dir().resolve("secret.txt"), SECRET);
        Files.createDirectories(server.dir().resolve("content/rosters"));
        Files.writeString(server.dir().resolve("content/rosters/roster.csv"), "姓名,身份证号\n" + SECRET);
    }

    @Test
    void theRawClientReachesFilesInsideTheSite() throws Exception {
        Reply home = RawHttp.get(server.uri(), "/");
        Reply notice = RawHttp.get(server.uri(), "/p/2023-QH-0012/");

        assertEquals(200, home.status());
        assertEquals(RunningServer.HOME_PAGE, home.body());
        assertEquals(200, notice.status());
        assertEquals(RunningServer.NOTICE_PAGE, notice.body());
    }

    @Test
    void noSpellingOfParentFolderReachesTheSecretsBesideTheSite() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (String target : ESCAPES) {
            Reply reply = RawHttp.get(server.uri(), target);

            if (reply.whole().contains(SECRET) || !Set.of(400, 404).contains(reply.status())) {
                wrong.add(reply.status() + " " + target);
            }
        }
        assertEquals(List.of(), wrong, "targets answered with the secret or with a status other than 400 or 404");
    }

    @Test
    void refusedTargetsGetTheChineseErrorPageWithoutInternals() throws Exception {
        for (String target : List.of("/%2e%2e/secret.txt", "/..%2fsecret.txt", "/../secret.txt%00", "/..\\secret.txt")) {
            Reply reply = RawHttp.get(server.uri(), target);

            assertTrue(reply.body().contains("<html lang=\"zh-CN\">"), target + "\n" + reply.whole());
            assertFalse(reply.body().toLowerCase().contains("jetty"), target + "\n" + reply.whole());
            assertFalse(reply.body().contains("Exception"), target + "\n" + reply.whole());
        }
    }
}
