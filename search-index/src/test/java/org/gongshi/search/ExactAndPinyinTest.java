package org.gongshi.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Keys typed whole (文号, village) and names typed as pinyin initials. */
class ExactAndPinyinTest {

    @TempDir
    static Path dir;
    static SearchIndex index;

    static final SearchDocument DONGCHEN = doc("2021-QH-0003", "白石镇东陈村生产道路硬化工程", "白石镇", "东陈村",
            "青发改振兴〔2021〕3号", "批复文号 青发改振兴〔2021〕3号。另见 青发改振兴〔2021〕13号 的配套工程。");
    static final SearchDocument DONGCHEN_SUPPORT = doc("2021-QH-0013", "白石镇东陈村排水配套工程", "白石镇", "东陈村",
            "青发改振兴〔2021〕13号", "批复文号 青发改振兴〔2021〕13号，为青发改振兴〔2021〕3号项目配套。");
    /** Has the 文号 as a key, as wage pages do, but not in its text. */
    static final SearchDocument DONGCHEN_WAGES = new SearchDocument("wages:2021-QH-0003", "/p/2021-QH-0003/wages/",
            "wages", "2021-QH-0003", "白石镇东陈村生产道路硬化工程 劳务报酬发放公示", "2021-05 发放 32 人次。",
            List.of("青发改振兴〔2021〕3号", "白石镇", "东陈村"), List.of(), List.of());
    static final SearchDocument CHANGLING = doc("2022-QH-0001", "长岭乡长岭村蓄水池工程", "长岭乡", "长岭村",
            "青发改振兴〔2022〕1号", "新建蓄水池 3 座。");
    static final SearchDocument DONGFENG = doc("2022-QH-0002", "黄土镇东风村道路工程", "黄土镇", "东风村",
            "青发改振兴〔2022〕2号", "硬化道路。东陈村的群众也参加了务工。");

    @BeforeAll
    static void buildIndex() throws IOException {
        index = Fixtures.indexOf(dir, List.of(DONGCHEN, DONGCHEN_SUPPORT, DONGCHEN_WAGES, CHANGLING, DONGFENG));
    }

    @AfterAll
    static void closeIndex() throws IOException {
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"青发改振兴〔2021〕3号", "青发改振兴[2021]3号", "青发改振兴（2021）3号", "青发改振兴 2021 3号",
            "青发改振兴〔２０２１〕３号"})
    void aDocumentNumberRanksItsProjectFirstWhateverTheBrackets(String query) {
        assertEquals(DONGCHEN.id(), first(query), query);
    }

    @Test
    void aDocumentNumberAlsoFindsPagesThatHaveItOnlyAsAKey() {
        assertEquals(List.of(DONGCHEN.id(), DONGCHEN_WAGES.id()), ids("青发改振兴[2021]3号").subList(0, 2));
    }

    @Test
    void aDocumentNumberDoesNotMatchALongerNumber() {
        assertEquals(DONGCHEN_SUPPORT.id(), first("青发改振兴〔2021〕13号"));
    }

    @Test
    void aVillageTypedWholeRanksItsOwnProjectsAboveMentions() {
        List<String> ids = ids("东陈村");

        assertEquals(4, ids.size());
        assertEquals(DONGFENG.id(), ids.get(3), "only mentions 东陈村 in its text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dcc", "DCC", "ｄｃｃ"})
    void villageInitialsFindTheVillage(String query) {
        assertEquals(List.of(DONGCHEN.id(), DONGCHEN_SUPPORT.id()), ids(query).stream().sorted().toList(),
                "the wage page has no names to spell");
    }

    @Test
    void everyReadingOfAPolyphonicCharacterCounts() {
        assertEquals(List.of(CHANGLING.id()), ids("clc"), "长 read cháng, as in place names");
        assertEquals(List.of(CHANGLING.id()), ids("zlc"), "长 read zhǎng, its most common reading");
    }

    @Test
    void initialsOfTheStartOfAProjectNameFindIt() {
        assertEquals(List.of(DONGFENG.id()), ids("htzdf"));
    }

    @Test
    void initialsCombineWithWords() {
        assertEquals(List.of(DONGCHEN_SUPPORT.id()), ids("dcc 排水"));
    }

    @Test
    void singleCharacterQueriesAreMarkedInTheSnippet() {
        SearchHit hit = index.search(SearchQuery.of("池")).hits().get(0);

        assertEquals(CHANGLING.id(), hit.id());
        assertEquals(List.of("池"), SearchIndexTest.marked(hit.snippet()));
    }

    @Test
    void everyTermIsMarkedWholeInTheSnippet() {
        SearchHit hit = index.search(SearchQuery.of("批复文号 13号")).hits().get(0);

        assertTrue(SearchIndexTest.marked(hit.snippet()).containsAll(List.of("批复文号", "13号")),
                SearchIndexTest.marked(hit.snippet()).toString());
    }

    private static String first(String query) {
        return ids(query).get(0);
    }

    private static List<String> ids(String query) {
        return index.search(SearchQuery.of(query)).hits().stream().map(SearchHit::id).toList();
    }

    private static SearchDocument doc(String code, String title, String town, String village, String document, String body) {
        return new SearchDocument("notice:" + code, "/p/" + code + "/", "notice", code, title, body,
                List.of(document, town, village), List.of(title, town, village), List.of(new Facet("town", town)));
    }
}
