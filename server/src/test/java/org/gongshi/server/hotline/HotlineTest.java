package org.gongshi.server.hotline;

import org.eclipse.jetty.server.Server;
import org.gongshi.search.SearchIndex;
import org.gongshi.search.SearchIndexWriter;
import org.gongshi.server.ServerConfig;
import org.gongshi.server.SiteServer;
import org.gongshi.server.crypto.Keys;
import org.gongshi.server.guard.HttpLimits;
import org.gongshi.server.guard.Limits;
import org.gongshi.server.guard.RateLimit;
import org.gongshi.server.store.Complaint;
import org.gongshi.server.store.ComplaintFilter;
import org.gongshi.server.store.ComplaintKind;
import org.gongshi.server.store.ComplaintStore;
import org.gongshi.server.store.Database;
import org.gongshi.server.testing.FormPosts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A person filing a complaint through a real Jetty server into a real SQLite file. */
class HotlineTest {

    static final Duration MIN_AGE = Duration.ofMillis(300);
    static final String PHONE = "13912345678";

    @TempDir
    Path tmp;
    Database database;
    SearchIndex index;
    Server server;
    final HttpClient http = HttpClient.newHttpClient();

    void start(Limits limits) throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>首页</title>");
        try (SearchIndexWriter writer = SearchIndexWriter.create(tmp.resolve("index"))) {
            // an empty index is enough: these tests do not search
        }
        index = SearchIndex.open(tmp.resolve("index"));
        database = Database.open(databaseUrl());
        ServerConfig config = new ServerConfig("127.0.0.1", 0, "青山县以工代赈公示", true, "0391-5550100",
                List.of("https://gs.example.gov.cn"), false, limits, HttpLimits.DEFAULT);
        server = SiteServer.create(config, site, index, database, Keys.of(new byte[32]));
        server.start();
    }

    /** The database under test; the PostgreSQL subclass runs every test here against a real server. */
    String databaseUrl() throws Exception {
        return Database.sqliteUrl(tmp.resolve("data"));
    }

    void start() throws Exception {
        start(new Limits(MIN_AGE, new RateLimit(100, 1000), new RateLimit(100, 1000), new RateLimit(10, 10),
                new RateLimit(5, 5)));
    }

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.stop();
            index.close();
            database.close();
        }
    }

    @Test
    void aComplaintFiledFromTheServersFormGetsAReceiptAndItsStatusCanBeLookedUp() throws Exception {
        start();
        HttpResponse<String> formPage = get("/hotline?project=2023-QH-0012");
        assertEquals(200, formPage.statusCode());
        assertEquals("no-store", formPage.headers().firstValue("Cache-Control").orElse(""));
        Document form = Jsoup.parse(formPage.body());
        assertEquals("2023-QH-0012", form.selectFirst("input[name=project]").val());
        assertEquals(4, form.select("input[name=kind]").size());

        Thread.sleep(MIN_AGE.toMillis());
        HttpResponse<String> filed = post("/hotline", fields(form, "kind", "wage",
                "description", "三月份的工资到现在还没发。", "phone", PHONE));

        assertEquals(303, filed.statusCode());
        assertEquals("/hotline/receipt", filed.headers().firstValue("Location").orElseThrow());
        String cookie = filed.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.startsWith(HotlineFormHandler.RECEIPT_COOKIE + "="), cookie);
        assertTrue(cookie.contains("Secure") && cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"), cookie);

        Document receipt = Jsoup.parse(get("/hotline/receipt", "Cookie", cookie.split(";")[0]).body());
        String grouped = receipt.selectFirst(".receipt-code").text();
        assertTrue(grouped.matches("\\d{4} \\d{4} \\d{4} \\d{4}"), grouped);

        Document status = Jsoup.parse(post("/hotline/status", Map.of("receipt", grouped)).body());
        assertEquals("待受理", cell(status, "当前状态"));
        assertEquals("拖欠或克扣工资", cell(status, "举报类型"));
        assertEquals("2023-QH-0012", cell(status, "项目"));

        Complaint stored = complaints().get(0);
        assertEquals(ComplaintKind.WAGE, stored.kind());
        assertEquals(PHONE, new Hotline(new ComplaintStore(database), Keys.of(new byte[32])).phone(stored));
    }

    @Test
    void theStaticSitesFormComesBackOnceToConfirmAndThenFiles() throws Exception {
        start();
        Map<String, String> typed = Map.of("project", "2023-QH-0012", "kind", "quality",
                "description", "路面已经开裂。\r\n第二行", "anonymous", "1", "website", "");

        HttpResponse<String> review = post("/hotline", typed);

        assertEquals(200, review.statusCode());
        Document page = Jsoup.parse(review.body());
        assertEquals("请核对举报内容", page.selectFirst("h1").text());
        assertEquals("路面已经开裂。\n第二行", page.selectFirst("textarea[name=description]").wholeText());
        assertTrue(page.selectFirst("input[name=kind][value=quality]").hasAttr("checked"));
        assertTrue(page.selectFirst("input[name=anonymous]").hasAttr("checked"));
        assertTrue(complaints().isEmpty());

        Thread.sleep(MIN_AGE.toMillis());
        assertEquals(303, post("/hotline", fields(page)).statusCode());
        assertEquals(1, complaints().size());
        assertTrue(complaints().get(0).anonymous());
    }

    @Test
    void sendingTheSameFormAgainFilesOneComplaintAndShowsTheSameReceipt() throws Exception {
        start();
        Document form = Jsoup.parse(get("/hotline").body());
        Thread.sleep(MIN_AGE.toMillis());
        Map<String, String> sent = fields(form, "kind", "other", "description", "重复提交测试");

        HttpResponse<String> first = post("/hotline", sent);
        HttpResponse<String> second = post("/hotline", sent);

        assertEquals("new", first.headers().firstValue("X-Complaint-Filed").orElseThrow());
        assertEquals("again", second.headers().firstValue("X-Complaint-Filed").orElseThrow());
        assertEquals(1, complaints().size());
        assertEquals(receiptCode(first), receiptCode(second));
    }

    @Test
    void anOverLongDescriptionComesBackWithTheTextKeptAndTheProblemNamed() throws Exception {
        start();
        String tooLong = "工".repeat(1_990) + "资没有发放，请帮忙核实。";
        Document form = Jsoup.parse(get("/hotline").body());
        Thread.sleep(MIN_AGE.toMillis());

        HttpResponse<String> answer = post("/hotline", fields(form, "kind", "wage", "description", tooLong));

        assertEquals(400, answer.statusCode());
        Document page = Jsoup.parse(answer.body());
        assertEquals(tooLong, page.selectFirst("textarea[name=description]").wholeText());
        assertTrue(page.selectFirst(".form-problems").text().contains("举报内容有 2002 字，超过了 2000 字的上限，请删减 2 字"),
                page.selectFirst(".form-problems").text());
        assertTrue(complaints().isEmpty());
    }

    @Test
    void aBodyOverTheLimitGetsAPlain413Page() throws Exception {
        start();
        // Answering before the body is read used to reset the connection now and then; ask often enough to see it.
        for (int size : new int[] {10_000, 100_000, 10_000, 100_000, 10_000, 100_000, 10_000, 100_000}) {
            HttpResponse<String> answer = post("/hotline", Map.of("kind", "wage", "description", "字".repeat(size)));

            assertEquals(413, answer.statusCode());
            Document page = Jsoup.parse(answer.body());
            assertEquals("提交的内容过大", page.selectFirst("h1").text());
            assertTrue(page.text().contains("2000 字"));
        }
        assertTrue(complaints().isEmpty());
    }

    @Test
    void theHoneypotATooYoungTokenAndAForgedTokenFileNothing() throws Exception {
        start();
        Document form = Jsoup.parse(get("/hotline").body());

        HttpResponse<String> tooSoon = post("/hotline", fields(form, "kind", "wage", "description", "太快"));
        assertEquals(200, tooSoon.statusCode());
        assertTrue(Jsoup.parse(tooSoon.body()).text().contains("请先核对内容"));

        Thread.sleep(MIN_AGE.toMillis());
        HttpResponse<String> bot = post("/hotline", fields(form, "kind", "wage", "description", "广告",
                "website", "http://spam.example"));
        assertEquals(400, bot.statusCode());

        Map<String, String> forged = fields(form, "kind", "wage", "description", "伪造");
        forged.put("token", forged.get("token").substring(0, 20) + "AAAA" + forged.get("token").substring(24));
        HttpResponse<String> review = post("/hotline", forged);
        assertEquals(200, review.statusCode());
        assertTrue(Jsoup.parse(review.body()).text().contains("表单已过期"));

        assertTrue(complaints().isEmpty());
    }

    @Test
    void aBodyThatIsNotFormEncodingGetsTheFormBackWithAProblemNotAServerError() throws Exception {
        start();
        // Found by ComplaintFormFuzzTest: Jetty throws IllegalArgumentException for these, answered as 500 服务器出错.
        List<byte[]> bodies = List.of(new byte[] {(byte) 0xCE, 0x02}, "kind=wage&description=%zz".getBytes(StandardCharsets.US_ASCII),
                "description=%E4".getBytes(StandardCharsets.US_ASCII));
        for (byte[] body : bodies) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(server.getURI().resolve("/hotline"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(400, answer.statusCode());
            Document page = Jsoup.parse(answer.body());
            assertEquals("请修改后再提交", page.selectFirst("h1").text());
            assertEquals("还有 1 处需要修改： 没能读出提交的内容（表单编码有误），请重新填写举报内容后再提交。",
                    page.selectFirst(".form-problems").text());
            assertFalse(page.selectFirst("input[name=token]").val().isEmpty());
        }
        assertTrue(complaints().isEmpty());
    }

    @Test
    void theStatusLookupAndTheStaffLoginAnswerABodyThatIsNotFormEncodingWithTheirPageNotAServerError() throws Exception {
        start();
        for (String path : List.of("/hotline/status", "/staff/login")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(server.getURI().resolve(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofByteArray("receipt=%zz&name=%E4".getBytes(StandardCharsets.US_ASCII)))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertEquals(400, answer.statusCode(), path);
            assertTrue(Jsoup.parse(answer.body()).text().contains("提交的内容无法识别"), path);
        }
    }

    @Test
    void aFormFromAnotherSiteIsRefusedButTheStaticSitesOriginIsAccepted() throws Exception {
        start();
        Map<String, String> typed = Map.of("kind", "wage", "description", "内容");

        assertEquals(403, post("/hotline", typed, "Origin", "https://evil.example").statusCode());
        assertEquals(200, post("/hotline", typed, "Origin", "https://gs.example.gov.cn").statusCode());
        assertEquals(200, post("/hotline", typed, "Origin", server.getURI().toString().replaceAll("/$", "")).statusCode());
    }

    @Test
    void filingsFromOneAddressAreRateLimitedWithAClearPage() throws Exception {
        start(new Limits(Duration.ZERO, new RateLimit(100, 1000), new RateLimit(2, 2), new RateLimit(10, 10),
                new RateLimit(5, 5)));
        for (int i = 0; i < 2; i++) {
            Document form = Jsoup.parse(get("/hotline").body());
            assertEquals(303, post("/hotline", fields(form, "kind", "wage", "description", "第" + i + "件")).statusCode());
        }
        Document form = Jsoup.parse(get("/hotline").body());
        HttpResponse<String> limited = post("/hotline", fields(form, "kind", "wage", "description", "第三件"));

        assertEquals(429, limited.statusCode());
        assertTrue(limited.headers().firstValue("Retry-After").isPresent());
        Document page = Jsoup.parse(limited.body());
        assertEquals("提交过于频繁", page.selectFirst("h1").text());
        assertTrue(page.text().contains("0391-5550100"));
        assertEquals(2, complaints().size());
    }

    @Test
    void typedMarkupIsShownAsTextNeverRun() throws Exception {
        start();
        String attack = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        HttpResponse<String> review = post("/hotline", Map.of("project", attack, "kind", "wage", "description", attack));

        Document page = Jsoup.parse(review.body());
        assertTrue(page.select("script, img").isEmpty());
        assertEquals(attack, page.selectFirst("input[name=project]").val());
        assertEquals(attack, page.selectFirst("textarea[name=description]").wholeText());
    }

    @Test
    void theDatabaseHoldsNeitherTheClientAddressNorThePhoneNorTheReceiptCode() throws Exception {
        start();
        Assumptions.assumeTrue(databaseUrl().startsWith("jdbc:sqlite:"), "reads the SQLite file's bytes");
        Document form = Jsoup.parse(get("/hotline").body());
        Thread.sleep(MIN_AGE.toMillis());
        HttpResponse<String> filed = post("/hotline", fields(form, "kind", "wage", "description", "工资被克扣", "phone", PHONE));
        String code = receiptCode(filed);
        database.close();
        database = Database.open(databaseUrl());

        String stored = Files.list(tmp.resolve("data"))
                .filter(f -> f.getFileName().toString().startsWith("complaints.db"))
                .map(f -> new String(readAll(f), StandardCharsets.ISO_8859_1))
                .collect(Collectors.joining());
        assertTrue(stored.contains(new String("工资被克扣".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)),
                "the scan reads the complaint text, so it would see the others too");
        assertFalse(stored.contains("127.0.0.1"));
        assertFalse(stored.contains(PHONE));
        assertFalse(stored.contains(code));
    }

    @Test
    void lookingUpAWrongOrMalformedCodeSaysSo() throws Exception {
        start();
        assertEquals(404, post("/hotline/status", Map.of("receipt", "1234 5678 9012 3456")).statusCode());
        HttpResponse<String> malformed = post("/hotline/status", Map.of("receipt", "12345"));
        assertEquals(400, malformed.statusCode());
        assertTrue(Jsoup.parse(malformed.body()).text().contains("16 位数字"));
        assertTrue(Jsoup.parse(get("/hotline/receipt").body()).text().contains("没有可显示的受理编号"));
    }

    @Test
    void otherMethodsAreRefusedNamingTheOnesTheFormTakes() throws Exception {
        start();
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(server.getURI().resolve("/hotline"))
                .PUT(HttpRequest.BodyPublishers.ofString("kind=wage")).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(405, put.statusCode());
        assertEquals("GET, HEAD, POST", put.headers().firstValue("Allow").orElse(""));
        assertTrue(complaints().isEmpty());
    }

    @Test
    void fullwidthDigitsAndDashesInAReceiptCodeAreUnderstood() {
        assertEquals("1234567890123456", ReceiptCode.parse("１２３４-5678 9012－3456").orElseThrow());
        assertTrue(ReceiptCode.parse("1234567890123").isEmpty());
        assertTrue(ReceiptCode.parse("123456789012345x").isEmpty());
    }

    // ---------------------------------------------------------------- helpers

    private String receiptCode(HttpResponse<String> filed) throws Exception {
        String cookie = filed.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        return Jsoup.parse(get("/hotline/receipt", "Cookie", cookie).body()).selectFirst(".receipt-code").text()
                .replace(" ", "");
    }

    private List<Complaint> complaints() throws Exception {
        return new ComplaintStore(database).list(ComplaintFilter.all());
    }

    private static String cell(Document page, String header) {
        return page.select("tr").stream().filter(r -> r.selectFirst("th").text().equals(header))
                .findFirst().orElseThrow().selectFirst("td").text();
    }

    /** The form's own fields (token included), then the given ones, as a browser would send them. */
    private static Map<String, String> fields(Document page, String... typed) {
        Map<String, String> fields = new LinkedHashMap<>();
        page.select("form.hotline-form input[type=hidden], form.hotline-form input[type=text], "
                + "form.hotline-form input[type=tel]").forEach(i -> fields.put(i.attr("name"), i.val()));
        page.select("form.hotline-form input[type=radio][checked], form.hotline-form input[type=checkbox][checked]")
                .forEach(i -> fields.put(i.attr("name"), i.val()));
        page.select("form.hotline-form textarea").forEach(t -> fields.put(t.attr("name"), t.wholeText()));
        for (int i = 0; i < typed.length; i += 2) {
            fields.put(typed[i], typed[i + 1]);
        }
        return fields;
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> fields, String... headers) throws Exception {
        return http.send(FormPosts.post(server.getURI().resolve(path), fields, headers).build(),
                HttpResponse.BodyHandlers.ofString());
    }


    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

}
