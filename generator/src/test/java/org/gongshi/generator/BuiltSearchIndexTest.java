package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongshi.search.SearchHit;
import org.gongshi.search.SearchIndex;
import org.gongshi.search.SearchQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The index the build wrote for content/, queried as villagers and journalists would. */
class BuiltSearchIndexTest {

    private static SearchIndex index;
    private static List<JsonNode> projects;

    @BeforeAll
    static void open() throws IOException {
        index = SearchIndex.open(BuiltSite.out().resolve(SiteBuilder.SEARCH_INDEX));
        ObjectMapper json = new ObjectMapper();
        projects = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(BuiltSite.CONTENT.resolve("projects"))) {
            for (Path dir : dirs.sorted().toList()) {
                projects.add(json.readTree(dir.resolve("project.json").toFile()));
            }
        }
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    private static List<String> urls(String query) {
        return index.search(new SearchQuery(query, List.of(), 0, 1000)).hits().stream().map(SearchHit::url).toList();
    }

    @Test
    void aProjectsFullNameFindsItsNoticeFirst() {
        for (JsonNode p : projects) {
            List<String> urls = urls(p.get("name").asText());
            assertEquals("/p/" + p.get("code").asText() + "/", urls.get(0), p.get("name").asText());
        }
    }

    @Test
    void everyTwoOrMoreCharacterSubstringOfNameTownAndVillageFindsTheProject() {
        List<String> misses = new ArrayList<>();
        for (JsonNode p : projects) {
            String notice = "/p/" + p.get("code").asText() + "/";
            for (String field : List.of("name", "town", "village")) {
                String text = p.get(field).asText();
                for (int length = 2; length <= Math.min(5, text.length()); length++) {
                    for (int start = 0; start + length <= text.length(); start++) {
                        String query = text.substring(start, start + length);
                        if (!urls(query).contains(notice)) {
                            misses.add(query + " ↛ " + notice);
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), misses);
    }

    @Test
    void aProjectCodeFindsItsNoticeFirst() {
        for (JsonNode p : projects) {
            String code = p.get("code").asText();
            assertEquals("/p/" + code + "/", urls(code).get(0), code);
            assertEquals("/p/" + code + "/", urls(code.toLowerCase()).get(0), code.toLowerCase());
        }
    }

    @Test
    void authoredPagesAreSearchable() {
        assertTrue(urls("公示公告制度").contains("/policy/"), "policy page found");
        assertTrue(urls("典型").stream().anyMatch(u -> u.startsWith("/cases/")) || urls("东陈村").contains("/cases/dongchen-road/"),
                "the typical case is found");
    }

    @Test
    void theCheckCodeOnAPaySlipFindsTheWagePageWithThatWorkersLines() throws Exception {
        org.jsoup.nodes.Document wages = org.jsoup.Jsoup.parse(
                BuiltSite.site().resolve("p/2021-QH-0003/wages/index.html").toFile(), "UTF-8");
        String code = wages.selectFirst("td.check-code").text();

        assertTrue(urls(code).contains("/p/2021-QH-0003/wages/"), code + " → " + urls(code));
        assertTrue(urls(code.toLowerCase()).contains("/p/2021-QH-0003/wages/"), code.toLowerCase() + " → " + urls(code.toLowerCase()));
    }
}
