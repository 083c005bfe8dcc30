package org.gongshi.server.staff;

import org.eclipse.jetty.server.Server;
import org.gongshi.search.SearchIndex;
import org.gongshi.search.SearchIndexWriter;
import org.gongshi.server.ServerConfig;
import org.gongshi.server.SiteServer;
import org.gongshi.server.crypto.Keys;
import org.gongshi.server.guard.HttpLimits;
import org.gongshi.server.guard.Limits;
import org.gongshi.server.guard.RateLimit;
import org.gongshi.server.store.ComplaintKind;
import org.gongshi.server.store.ComplaintStore;
import org.gongshi.server.store.Database;
import org.gongshi.server.store.NewComplaint;
import org.gongshi.server.store.StaffStore;
import org.gongshi.server.testing.FormPosts;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A real Jetty server on a real SQLite file, one member of staff with a known password, and the requests a
 * browser would send. No cookie manager: every test says which cookie it sends.
 */
abstract class StaffDeskFixture {

    static final String NAME = "李科员";
    static final String PASSWORD = "青山县办公室2026";
    static final String PHONE = "13912345678";
    static final Keys KEYS = Keys.of(new byte[32]);
    static final Instant T0 = Instant.parse("2026-10-01T02:00:00Z");

    @TempDir
    Path tmp;
    Database database;
    ComplaintStore complaints;
    SearchIndex index;
    Server server;
    final AtomicInteger filed = new AtomicInteger();
    /** No cookie manager: every test says which cookie it sends. */
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        Path site = Files.createDirectories(tmp.resolve("site"));
        Files.writeString(site.resolve("index.html"), "<!DOCTYPE html><title>首页</title>");
        try (SearchIndexWriter writer = SearchIndexWriter.create(tmp.resolve("index"))) {
            // an empty index is enough: these tests do not search
        }
        index = SearchIndex.open(tmp.resolve("index"));
        database = Database.open(Database.sqliteUrl(tmp.resolve("data")));
        complaints = new ComplaintStore(database);
        new StaffStore(database).add(NAME, Passwords.hash(PASSWORD), T0);
        Limits limits = new Limits(Duration.ZERO, new RateLimit(100, 1000), new RateLimit(100, 1000),
                new RateLimit(100, 1000), new RateLimit(5, 5));
        ServerConfig config = new ServerConfig("127.0.0.1", 0, "青山县以工代赈公示", true, "0391-5550100",
                List.of("https://gs.example.gov.cn"), false, limits, HttpLimits.DEFAULT);
        server = SiteServer.create(config, site, index, database, KEYS);
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
        index.close();
        database.close();
    }

    /** Logs in with the right password and returns the {@code Cookie} header value that carries the session. */
    String logIn() throws Exception {
        HttpResponse<String> answer = post("/staff/login", Map.of("name", NAME, "password", PASSWORD));
        assertEquals(303, answer.statusCode());
        return answer.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    long file(String project, ComplaintKind kind, String description, String phone) throws Exception {
        int n = filed.incrementAndGet();
        // Sealed as the hotline seals it: the same key file, the same purpose.
        String sealed = phone.isEmpty() ? "" : KEYS.sealer("phone").seal(phone);
        return complaints.file(new NewComplaint("nonce-" + n, "receipt-" + n, project, kind, description, sealed,
                false, T0.plusSeconds(n))).id();
    }

    long fileAnonymous(String description) throws Exception {
        int n = filed.incrementAndGet();
        return complaints.file(new NewComplaint("nonce-" + n, "receipt-" + n, "", ComplaintKind.OTHER, description,
                "", true, T0.plusSeconds(n))).id();
    }

    /** The change form's fields as a browser would send them (csrf included), then the given ones. */
    static Map<String, String> form(Document page, String... typed) {
        Element form = page.selectFirst("form.change-form");
        Map<String, String> fields = new LinkedHashMap<>();
        form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.val()));
        form.select("select").forEach(s -> fields.put(s.attr("name"), s.select("option[selected]").val()));
        form.select("textarea").forEach(t -> fields.put(t.attr("name"), t.wholeText()));
        for (int i = 0; i < typed.length; i += 2) {
            fields.put(typed[i], typed[i + 1]);
        }
        return fields;
    }

    static List<List<String>> rowTexts(Document page) {
        return page.select("tbody tr").stream().map(StaffDeskFixture::cells).toList();
    }

    /** Every cell's text, empty ones included (jsoup's eachText leaves those out). */
    static List<String> cells(Element row) {
        return row.select("td").stream().map(Element::text).toList();
    }

    static List<String> column(Document page, int column) {
        return rowTexts(page).stream().map(r -> r.get(column)).toList();
    }

    static String cell(Document page, String header) {
        return page.select("table.facts tr").stream().filter(r -> r.selectFirst("th").text().equals(header))
                .findFirst().orElseThrow().selectFirst("td").text();
    }

    /** @param cookie the {@code Cookie} header's value, or "" for none */
    HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.getURI().resolve(path));
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Map<String, String> fields, String... headers) throws Exception {
        return http.send(FormPosts.post(server.getURI().resolve(path), fields, headers).build(),
                HttpResponse.BodyHandlers.ofString());
    }

}
