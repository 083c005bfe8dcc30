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
import java.util.List;
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
        SearchResults results = index.search(SearchQuery.of("白石镇青龙村河道清淤工程"));

        assertEquals(Fixtures.QINGLONG.id(), results.hits().get(0).id());
        assertEquals(Set.of(Fixtures.QINGLONG.id(), Fixtures.QINGLONG_PHASE_TWO.id(), Fixtures.QINGLONG_WAGES.id()),
                ids(results), "the phase two and wage pages contain the name too; the revetment does not");
    }

    @Test
    void fullNameWithSpacesOrFullwidthFormStillRanksFirst() {
        assertEquals(Fixtures.QINGLONG.id(), index.search(SearchQuery.of("白石镇 青龙村 河道清淤工程")).hits().get(0).id());
        assertEquals(Fixtures.QINGLONG_WAGES.id(),
                index.search(SearchQuery.of("白石镇青龙村河道清淤工程（劳务报酬发放公示）")).hits().get(0).id());
    }

    @Test
    void everySubstringOfTwoOrMoreCharactersFindsTheDocument() {
        for (String text : List.of("黄土镇杏花村道路硬化工程", "黄土镇", "杏花村")) {
            for (int start = 0; start < text.length(); start++) {
                for (int end = start + 2; end <= text.length(); end++) {
                    String query = text.substring(start, end);
                    assertTrue(ids(index.search(SearchQuery.of(query))).contains(Fixtures.XINGHUA_ROAD.id()), query);
                }
            }
        }
    }

    @Test
    void substringsOfTheBodyFindTheDocument() {
        assertEquals(Set.of(Fixtures.XINGHUA_ROAD.id()), ids(index.search(SearchQuery.of("硬化村组"))));
        assertEquals(Set.of(Fixtures.XINGHUA_ROAD.id()), ids(index.search(SearchQuery.of("方便群众出行"))));
    }

    @Test
    void everyCharacterPairOfATermMustBeInTheDocument() {
        assertEquals(0, index.search(SearchQuery.of("杏花镇")).total());
    }

    @Test
    void oneCharacterQueryFindsEveryDocumentWithThatCharacter() {
        assertEquals(Set.of(Fixtures.XINGHUA_ROAD.id()), ids(index.search(SearchQuery.of("杏"))));
        assertEquals(Set.of(Fixtures.XINGHUA_ROAD.id()), ids(index.search(SearchQuery.of("硬"))));
        assertEquals(5, index.search(SearchQuery.of("镇")).total());
    }

    @Test
    void singleCharacterBesideDigitsStillMatches() {
        assertEquals(Set.of(Fixtures.QINGLONG.id()), ids(index.search(SearchQuery.of("4月"))));
    }

    @Test
    void decimalNumbersAreFoundWithTheirUnit() {
        assertEquals(Set.of(Fixtures.QINGLONG.id()), ids(index.search(SearchQuery.of("3.2公里"))));
        assertEquals(Set.of(Fixtures.QINGLONG.id()), ids(index.search(SearchQuery.of("清淤河道 ３．２ 公里"))));
        assertEquals(0, index.search(SearchQuery.of("2公里")).total(), "2 is not 3.2");
    }

    @Test
    void everyTermMustMatch() {
        assertEquals(Set.of(Fixtures.BAISHI_REVETMENT.id()), ids(index.search(SearchQuery.of("白石镇 护岸"))));
        assertEquals(Set.of(Fixtures.BAISHI_REVETMENT.id()), ids(index.search(SearchQuery.of("白石镇，护岸"))));
        assertEquals(0, index.search(SearchQuery.of("白石镇 杏花村")).total());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-QH-0012", "2023-qh-0012", "２０２３－ＱＨ－００１２", " 2023-QH-0012 "})
    void codeRanksItsProjectFirst(String query) {
        SearchResults results = index.search(SearchQuery.of(query));

        assertEquals("2023-QH-0012", results.hits().get(0).code(), query);
        assertTrue(results.total() >= 3, "the phase two and revetment bodies mention the code too");
    }

    @Test
    void codeCombinesWithWords() {
        SearchResults results = index.search(SearchQuery.of("2023-QH-0012 劳务报酬发放公示"));

        assertEquals(List.of(Fixtures.QINGLONG_WAGES.id()), idList(results));
    }

    @Test
    void latinTextIsCaseAndWidthInsensitive() {
        assertEquals(ids(index.search(SearchQuery.of("qh"))), ids(index.search(SearchQuery.of("ＱＨ"))));
        assertEquals(4, index.search(SearchQuery.of("Qh")).total(), "the four notices mention their codes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"", "*", "(((", ")", "a:b", "AND OR NOT", "\u0000", "\\", "title:白石镇~2",
            "-", "——", "+-&&||!(){}[]^\"~*?:\\/", "\uD800", "🙂", "\u3000"})
    void hostileInputNeverThrows(String query) {
        SearchResults results = index.search(SearchQuery.of(query));

        assertEquals(query, results.query().text());
        assertTrue(results.total() >= 0);
    }

    @Test
    void veryLongInputNeverThrows() {
        assertEquals(0, index.search(SearchQuery.of("白".repeat(10_000))).total());
        assertEquals(0, index.search(SearchQuery.of("a ".repeat(5_000))).total());
        index.search(SearchQuery.of("白石镇青龙村".repeat(2_000)));
        index.search(SearchQuery.of("(".repeat(10_000)));
    }

    @Test
    void blankQueryFindsNothing() {
        assertEquals(new SearchResults(SearchQuery.of("   "), 0, List.of(), List.of()), index.search(SearchQuery.of("   ")));
    }

    @Test
    void snippetMarksTheMatchInTheTextAroundIt() {
        SearchHit hit = index.search(SearchQuery.of("发放劳务报酬")).hits().stream()
                .filter(h -> h.id().equals(Fixtures.QINGLONG.id())).findFirst().orElseThrow();

        assertTrue(hit.snippet().text().contains("发放劳务报酬 56.3 万元"), hit.snippet().text());
        assertTrue(hit.snippet().text().length() <= 122, hit.snippet().text());
        assertEquals(List.of("发放劳务报酬"), marked(hit.snippet()));
    }

    @Test
    void snippetIsTheStartOfTheBodyWhenOnlyTheTitleMatches() {
        SearchHit hit = index.search(SearchQuery.of("杏花村")).hits().get(0);

        assertEquals("项目编号 2024-QH-0001。硬化村组道路 4.5 公里，方便群众出行。", hit.snippet().text());
        assertEquals(List.of(), marked(hit.snippet()));
    }

    @Test
    void hitCarriesStoredFieldsAndFacets() {
        SearchHit hit = index.search(SearchQuery.of("杏花村")).hits().get(0);

        assertEquals("notice-2024-QH-0001", hit.id());
        assertEquals("/p/2024-QH-0001/", hit.url());
        assertEquals("notice", hit.type());
        assertEquals("2024-QH-0001", hit.code());
        assertEquals("黄土镇杏花村道路硬化工程", hit.title());
        assertEquals(List.of(new Facet("year", "2024"), new Facet("town", "黄土镇"), new Facet("village", "杏花村")),
                hit.facets());
        assertEquals("黄土镇", hit.facet("town"));
        assertEquals("", hit.facet("status"));
    }

    @Test
    void pageWithoutCodeHasEmptyCode() {
        SearchHit hit = index.search(SearchQuery.of("监督举报")).hits().get(0);

        assertEquals("page-hotline", hit.id());
        assertEquals("", hit.code());
        assertEquals(List.of(), hit.facets());
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
                SearchResults page = paging.search(new SearchQuery("水渠", List.of(), offset, 20));
                assertEquals(45, page.total());
                seen.addAll(idList(page));
            }
            assertEquals(45, seen.size());
            assertEquals(45, new HashSet<>(seen).size());
            assertEquals(List.of(), paging.search(new SearchQuery("水渠", List.of(), 1_000_000, 20)).hits());
            assertEquals(45, paging.search(new SearchQuery("水渠", List.of(), 1_000_000, 20)).total());
            assertEquals(List.of(), paging.search(new SearchQuery("水渠", List.of(), 0, 0)).hits());
            assertEquals(List.of(), paging.search(new SearchQuery("水渠", List.of(), Integer.MAX_VALUE, Integer.MAX_VALUE)).hits());
            assertEquals(20, paging.search(new SearchQuery("水渠", List.of(), -5, 20)).hits().size());
        }
    }

    @Test
    void facetsKeepTheirOrder(@TempDir Path orderDir) throws IOException {
        List<Facet> facets = List.of(new Facet("year", "2023"), new Facet("town", "白石镇"), new Facet("status", "在建"));
        SearchDocument doc = new SearchDocument("x", "/x/", "case", "", "典型案例", "正文", List.of(), List.of(), facets);
        try (SearchIndex one = Fixtures.indexOf(orderDir, List.of(doc))) {
            assertEquals(facets, one.search(SearchQuery.of("典型")).hits().get(0).facets());
        }
    }

    static List<String> marked(Snippet snippet) {
        return snippet.parts().stream().filter(Snippet.Part::match).map(Snippet.Part::text).toList();
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
