package org.gongshi.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchIndexTest {

    @TempDir
    Path dir;
    SearchIndex index;

    @BeforeEach
    void buildIndex() throws IOException {
        index = Fixtures.indexOf(dir, Fixtures.ALL);
    }

    @AfterEach
    void closeIndex() throws IOException {
        index.close();
    }

    @Test
    void fullNameRanksItsProjectFirst() {
        SearchResults results = index.search("白石镇青龙村河道清淤工程", 0, 10);

        assertEquals(Fixtures.QINGLONG.id(), results.hits().get(0).id());
        assertEquals(Set.of(Fixtures.QINGLONG.id(), Fixtures.QINGLONG_PHASE_TWO.id(), Fixtures.QINGLONG_WAGES.id()),
                ids(results), "the phase two and wage pages contain the name too; the revetment does not");
    }

    @Test
    void fullNameWithSpacesOrFullwidthFormStillRanksFirst() {
        assertEquals(Fixtures.QINGLONG.id(), index.search("白石镇 青龙村 河道清淤工程", 0, 10).hits().get(0).id());
        assertEquals(Fixtures.QINGLONG_WAGES.id(),
                index.search("白石镇青龙村河道清淤工程（劳务报酬发放公示）", 0, 10).hits().get(0).id());
    }

    @Test
    void everySubstringOfTwoOrMoreCharactersFindsTheDocument() {
        for (String text : List.of("黄土镇杏花村道路硬化工程", "黄土镇", "杏花村")) {
            for (int start = 0; start < text.length(); start++) {
                for (int end = start + 2; end <= text.length(); end++) {
                    String query = text.substring(start, end);
                    assertTrue(ids(index.search(query, 0, 10)).contains(Fixtures.XINGHUA_ROAD.id()), query);
                }
            }
        }
    }

    @Test
    void substringsOfTheBodyFindTheDocument() {
        assertEquals(Set.of(Fixtures.XINGHUA_ROAD.id()), ids(index.search("硬化村组", 0, 10)));
        assertEquals(Set.of(Fixtures.XINGHUA_ROAD.id()), ids(index.search("方便群众出行", 0, 10)));
    }

    @Test
    void everyCharacterPairOfATermMustBeInTheDocument() {
        assertEquals(0, index.search("杏花镇", 0, 10).total());
    }

    @Test
    void oneCharacterQueryFindsEveryDocumentWithThatCharacter() {
        assertEquals(Set.of(Fixtures.XINGHUA_ROAD.id()), ids(index.search("杏", 0, 10)));
        assertEquals(Set.of(Fixtures.XINGHUA_ROAD.id()), ids(index.search("硬", 0, 10)));
        assertEquals(5, index.search("镇", 0, 10).total());
    }

    @Test
    void singleCharacterBesideDigitsStillMatches() {
        assertEquals(Set.of(Fixtures.QINGLONG.id()), ids(index.search("4月", 0, 10)));
    }

    @Test
    void everyTermMustMatch() {
        assertEquals(Set.of(Fixtures.BAISHI_REVETMENT.id()), ids(index.search("白石镇 护岸", 0, 10)));
        assertEquals(Set.of(Fixtures.BAISHI_REVETMENT.id()), ids(index.search("白石镇，护岸", 0, 10)));
        assertEquals(0, index.search("白石镇 杏花村", 0, 10).total());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-QH-0012", "2023-qh-0012", "２０２３－ＱＨ－００１２", " 2023-QH-0012 "})
    void codeRanksItsProjectFirst(String query) {
        SearchResults results = index.search(query, 0, 10);

        assertEquals("2023-QH-0012", results.hits().get(0).code(), query);
        assertTrue(results.total() >= 3, "the phase two and revetment bodies mention the code too");
    }

    @Test
    void codeCombinesWithWords() {
        SearchResults results = index.search("2023-QH-0012 劳务报酬发放公示", 0, 10);

        assertEquals(List.of(Fixtures.QINGLONG_WAGES.id()), idList(results));
    }

    @Test
    void latinTextIsCaseAndWidthInsensitive() {
        assertEquals(ids(index.search("qh", 0, 10)), ids(index.search("ＱＨ", 0, 10)));
        assertEquals(4, index.search("Qh", 0, 10).total(), "the four notices mention their codes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"", "*", "(((", ")", "a:b", "AND OR NOT", "\u0000", "\\", "title:白石镇~2",
            "-", "——", "+-&&||!(){}[]^\"~*?:\\/", "\uD800", "🙂", "\u3000"})
    void hostileInputNeverThrows(String query) {
        SearchResults results = index.search(query, 0, 10);

        assertEquals(query, results.query());
        assertTrue(results.total() >= 0);
    }

    @Test
    void veryLongInputNeverThrows() {
        assertEquals(0, index.search("白".repeat(10_000), 0, 10).total());
        assertEquals(0, index.search("a ".repeat(5_000), 0, 10).total());
        index.search("白石镇青龙村".repeat(2_000), 0, 10);
        index.search("(".repeat(10_000), 0, 10);
    }

    @Test
    void blankQueryFindsNothing() {
        assertEquals(new SearchResults("   ", 0, List.of()), index.search("   ", 0, 10));
        assertEquals(0, index.search(null, 0, 10).total());
    }

    @Test
    void snippetIsPlainTextAroundTheFirstMatch() {
        SearchHit hit = index.search("发放劳务报酬", 0, 10).hits().stream()
                .filter(h -> h.id().equals(Fixtures.QINGLONG.id())).findFirst().orElseThrow();

        assertTrue(hit.snippet().contains("发放劳务报酬 56.3 万元"), hit.snippet());
        assertTrue(hit.snippet().length() <= 122, hit.snippet());
    }

    @Test
    void snippetIsTheStartOfTheBodyWhenOnlyTheTitleMatches() {
        SearchHit hit = index.search("杏花村", 0, 10).hits().get(0);

        assertEquals("项目编号 2024-QH-0001。硬化村组道路 4.5 公里，方便群众出行。", hit.snippet());
    }

    @Test
    void hitCarriesStoredFieldsAndFacets() {
        SearchHit hit = index.search("杏花村", 0, 10).hits().get(0);

        assertEquals("notice-2024-QH-0001", hit.id());
        assertEquals("/p/2024-QH-0001/", hit.url());
        assertEquals("notice", hit.type());
        assertEquals("2024-QH-0001", hit.code());
        assertEquals("黄土镇杏花村道路硬化工程", hit.title());
        assertEquals(Map.of("year", "2024", "town", "黄土镇", "village", "杏花村"), hit.facets());
    }

    @Test
    void pageWithoutCodeHasEmptyCode() {
        SearchHit hit = index.search("监督举报", 0, 10).hits().get(0);

        assertEquals("page-hotline", hit.id());
        assertEquals("", hit.code());
        assertEquals(Map.of(), hit.facets());
    }

    @Test
    void pagingWalksEveryHitOnceAndKeepsTheTotal(@TempDir Path pagingDir) throws IOException {
        List<SearchDocument> docs = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            String code = String.format("2022-PG-%04d", i);
            docs.add(Fixtures.notice(code, "平谷乡第" + i + "号水渠工程", "平谷乡", "东村", "水渠修缮，长度 " + i + " 百米。"));
        }
        try (SearchIndex paging = Fixtures.indexOf(pagingDir, docs)) {
            List<String> seen = new ArrayList<>();
            for (int offset = 0; offset < 60; offset += 20) {
                SearchResults page = paging.search("水渠", offset, 20);
                assertEquals(45, page.total());
                seen.addAll(idList(page));
            }
            assertEquals(45, seen.size());
            assertEquals(45, new HashSet<>(seen).size());
            assertEquals(List.of(), paging.search("水渠", 1_000_000, 20).hits());
            assertEquals(45, paging.search("水渠", 1_000_000, 20).total());
            assertEquals(List.of(), paging.search("水渠", 0, 0).hits());
            assertEquals(new SearchResults("水渠", 45, List.of()), paging.search("水渠", Integer.MAX_VALUE, Integer.MAX_VALUE));
            assertEquals(20, paging.search("水渠", -5, 20).hits().size());
        }
    }

    @Test
    void facetsKeepTheirOrder(@TempDir Path orderDir) throws IOException {
        Map<String, String> facets = new LinkedHashMap<>();
        facets.put("year", "2023");
        facets.put("town", "白石镇");
        facets.put("status", "在建");
        SearchDocument doc = new SearchDocument("x", "/x/", "case", "", "典型案例", "正文", facets);
        try (SearchIndex one = Fixtures.indexOf(orderDir, List.of(doc))) {
            assertEquals(List.of("year", "town", "status"), List.copyOf(one.search("典型", 0, 1).hits().get(0).facets().keySet()));
        }
    }

    private static Set<String> ids(SearchResults results) {
        return new HashSet<>(idList(results));
    }

    private static List<String> idList(SearchResults results) {
        List<String> ids = new ArrayList<>();
        results.hits().forEach(hit -> ids.add(hit.id()));
        assertFalse(results.hits().size() > results.total(), "more hits than the total");
        return ids;
    }
}
