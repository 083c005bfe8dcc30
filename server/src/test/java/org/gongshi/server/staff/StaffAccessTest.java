package org.gongshi.server.staff;

import org.gongshi.server.store.ComplaintKind;
import org.gongshi.server.store.ComplaintStatus;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who gets in: logging in and out, throttling, sessions and CSRF values, and every refusal. */
class StaffAccessTest extends StaffDeskFixture {

    @Test
    void theLoginPageIsShownToAnyoneWithoutASession() throws Exception {
        HttpResponse<String> page = get("/staff", "");

        assertEquals(200, page.statusCode());
        Document form = Jsoup.parse(page.body());
        assertEquals("/staff/login", form.selectFirst("form").attr("action"));
        assertEquals("password", form.selectFirst("input[name=password]").attr("type"));
    }

    @Test
    void aWrongPasswordBringsTheFormBackWithTheNameKeptAndNoCookie() throws Exception {
        HttpResponse<String> answer = post("/staff/login", Map.of("name", NAME, "password", "wrong password"));

        assertEquals(400, answer.statusCode());
        Document page = Jsoup.parse(answer.body());
        assertEquals("用户名或密码不正确。", page.selectFirst(".form-problems").text());
        assertEquals(NAME, page.selectFirst("input[name=name]").val());
        assertEquals("", page.selectFirst("input[name=password]").val());
        assertTrue(answer.headers().firstValue("Set-Cookie").isEmpty());
    }

    @Test
    void anUnknownNameGetsExactlyTheAnswerAWrongPasswordGets() throws Exception {
        HttpResponse<String> unknown = post("/staff/login", Map.of("name", "王股长", "password", PASSWORD));
        HttpResponse<String> wrong = post("/staff/login", Map.of("name", NAME, "password", "wrong password"));

        assertEquals(400, unknown.statusCode());
        assertEquals(400, wrong.statusCode());
        assertEquals(wrong.body().replace(NAME, "王股长"), unknown.body());
    }

    @Test
    void anOverLongNameIsJustAWrongLogin() throws Exception {
        HttpResponse<String> answer = post("/staff/login", Map.of("name", "李".repeat(5_000), "password", PASSWORD));

        assertEquals(400, answer.statusCode());
        assertEquals("用户名或密码不正确。", Jsoup.parse(answer.body()).selectFirst(".form-problems").text());
    }

    @Test
    void theRightPasswordSetsAStrictHostOnlySessionCookieAndGoesToTheList() throws Exception {
        HttpResponse<String> answer = post("/staff/login", Map.of("name", NAME, "password", PASSWORD));

        assertEquals(303, answer.statusCode());
        assertEquals("/staff/complaints", answer.headers().firstValue("Location").orElseThrow());
        String cookie = answer.headers().firstValue("Set-Cookie").orElseThrow();
        List<String> attributes = List.of(cookie.split(";\\s*"));
        assertTrue(attributes.get(0).matches("__Host-gongshi-staff=[A-Za-z0-9_-]{43}"), cookie);
        assertTrue(attributes.contains("Path=/"), cookie);
        assertTrue(attributes.contains("Secure"), cookie);
        assertTrue(attributes.contains("HttpOnly"), cookie);
        assertTrue(attributes.contains("SameSite=Strict"), cookie);
        assertTrue(attributes.contains("Max-Age=28800"), cookie);
        assertFalse(cookie.toLowerCase().contains("domain"), cookie);

        assertEquals(303, get("/staff", attributes.get(0)).statusCode());
        assertEquals(200, get("/staff/complaints", attributes.get(0)).statusCode());
    }

    @Test
    void afterFiveFailedLoginsTheAccountWaitsEvenForTheRightPassword() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertEquals(400, post("/staff/login", Map.of("name", NAME, "password", "guess " + i)).statusCode());
        }

        HttpResponse<String> sixth = post("/staff/login", Map.of("name", NAME, "password", PASSWORD));

        assertEquals(429, sixth.statusCode());
        assertTrue(Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow()) >= 1);
        assertTrue(sixth.headers().firstValue("Set-Cookie").isEmpty());
        assertEquals("提交过于频繁", Jsoup.parse(sixth.body()).selectFirst("h1").text());
    }

    @Test
    void successfulLoginsDoNotCountAgainstTheAccount() throws Exception {
        for (int i = 0; i < 7; i++) {
            assertEquals(303, post("/staff/login", Map.of("name", NAME, "password", PASSWORD)).statusCode());
        }
    }

    @Test
    void loggingOutEndsTheSessionSoTheOldCookieNoLongerWorks() throws Exception {
        String cookie = logIn();
        String csrf = Jsoup.parse(get("/staff/complaints", cookie).body())
                .selectFirst("form.logout-form input[name=csrf]").val();

        HttpResponse<String> out = post("/staff/logout", Map.of("csrf", csrf), "Cookie", cookie);

        assertEquals(303, out.statusCode());
        assertEquals("/staff", out.headers().firstValue("Location").orElseThrow());
        String cleared = out.headers().firstValue("Set-Cookie").orElseThrow();
        // Jetty writes Max-Age 0 as an Expires date in the past, which every browser takes as "delete".
        assertTrue(cleared.startsWith("__Host-gongshi-staff=;"), cleared);
        assertTrue(cleared.contains("Expires=Thu, 01 Jan 1970"), cleared);
        HttpResponse<String> after = get("/staff/complaints", cookie);
        assertEquals(303, after.statusCode());
        assertEquals("/staff", after.headers().firstValue("Location").orElseThrow());
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void aChangeWithoutTheCsrfValueOrWithAWrongOneOrFromAnotherSiteIsRefused() throws Exception {
        long id = file("", ComplaintKind.OTHER, "内容", "");
        String cookie = logIn();
        Document page = Jsoup.parse(get("/staff/complaints/" + id, cookie).body());
        Map<String, String> good = form(page, "status", "REJECTED", "reply", "不属于以工代赈项目。");
        Map<String, String> noCsrf = new LinkedHashMap<>(good);
        noCsrf.remove("csrf");
        Map<String, String> wrongCsrf = new LinkedHashMap<>(good);
        wrongCsrf.put("csrf", KEYS.hash("staff-csrf", "another session's token"));
        String path = "/staff/complaints/" + id;

        assertEquals(403, post(path, noCsrf, "Cookie", cookie).statusCode());
        assertEquals(403, post(path, wrongCsrf, "Cookie", cookie).statusCode());
        assertEquals(403, post(path, good, "Cookie", cookie, "Origin", "https://evil.example").statusCode());
        assertEquals(ComplaintStatus.RECEIVED, complaints.byId(id).orElseThrow().status());
        assertTrue(complaints.events(id).isEmpty());

        assertEquals(303, post(path, good, "Cookie", cookie,
                "Origin", server.getURI().toString().replaceAll("/$", "")).statusCode());
        assertEquals(ComplaintStatus.REJECTED, complaints.byId(id).orElseThrow().status());
    }

    @Test
    void theCsrfValueOfOneSessionDoesNotWorkInAnother() throws Exception {
        long id = file("", ComplaintKind.OTHER, "内容", "");
        String mine = logIn();
        String theirs = logIn();
        Map<String, String> fromMine = form(Jsoup.parse(get("/staff/complaints/" + id, mine).body()),
                "status", "ACCEPTED");

        assertEquals(403, post("/staff/complaints/" + id, fromMine, "Cookie", theirs).statusCode());
        assertEquals(303, post("/staff/complaints/" + id, fromMine, "Cookie", mine).statusCode());
    }

    @Test
    void withoutASessionPagesGoToTheLoginPageAndPostsAreRefused() throws Exception {
        long id = file("", ComplaintKind.OTHER, "内容", PHONE);

        for (String path : List.of("/staff/complaints", "/staff/complaints/" + id, "/staff/complaints?status=CLOSED")) {
            HttpResponse<String> page = get(path, "");
            assertEquals(303, page.statusCode(), path);
            assertEquals("/staff", page.headers().firstValue("Location").orElseThrow(), path);
            assertFalse(page.body().contains(PHONE), path);
        }
        HttpResponse<String> forged = get("/staff/complaints/" + id, "__Host-gongshi-staff=" + "A".repeat(43));
        assertEquals(303, forged.statusCode());

        HttpResponse<String> change = post("/staff/complaints/" + id,
                Map.of("status", "REJECTED", "reply", "不予受理", "csrf", ""));
        assertEquals(403, change.statusCode());
        assertTrue(Jsoup.parse(change.body()).text().contains("请重新登录"));
        assertEquals(403, post("/staff/logout", Map.of("csrf", "")).statusCode());
        assertEquals(ComplaintStatus.RECEIVED, complaints.byId(id).orElseThrow().status());
    }

    @Test
    void everyDeskAnswerIsNoStoreAndUnknownDeskPathsAre404() throws Exception {
        String cookie = logIn();
        long id = file("", ComplaintKind.OTHER, "内容", "");

        for (String path : List.of("/staff", "/staff/complaints", "/staff/complaints/" + id, "/staff/nothing",
                "/staff/complaints/0", "/staff/complaints/99999", "/staff/complaints/abc")) {
            HttpResponse<String> answer = get(path, cookie);
            assertTrue(answer.headers().firstValue("Cache-Control").orElse("").contains("no-store"), path);
        }
        assertEquals(404, get("/staff/nothing", cookie).statusCode());
        assertEquals(404, get("/staff/complaints/99999", cookie).statusCode());
        assertEquals(404, get("/staff/complaints/abc", cookie).statusCode());
        assertEquals(404, get("/staff/complaints/99999999999999999999999", cookie).statusCode());
        assertTrue(get("/staff/login", "").headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }

}
