package org.gongshi.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever a reader types, and whatever filters and paging the URL carries, a search answers with a page of
 * results: no query text is syntax, and no input may end in an exception.
 */
class SearchQueryFuzzTest {

    /** The dimensions the fixtures have, one the server might add, and "" for any other the fuzzer makes up. */
    private static final String[] DIMS = {"year", "town", "village", "type", "status", ""};
    private static final String[] VALUES = {"2023", "2024", "白石镇", "黄土镇", "青龙村", "notice", "wages", "page"};

    @TempDir
    static Path dir;
    private static SearchIndex index;

    @BeforeAll
    static void buildIndex() throws IOException {
        Fixtures.write(dir, Fixtures.ALL);
        // No result cache: a remembered answer would hide the search behind it.
        index = SearchIndex.open(dir, 0);
    }

    @AfterAll
    static void closeIndex() throws IOException {
        index.close();
    }

    /** What readers type, so that fuzzed queries reach phrases, keys, pinyin initials and single characters. */
    @DictionaryEntries({"白石镇", "青龙村", "河道清淤工程", "二期", "2023-QH-0012", "２０２３－ＱＨ－０００１", "青发改振兴〔2023〕1号",
            "dcc", "bsz", "3.2 公里", "镇"})
    @FuzzTest
    void anyQueryAnswersWithAPageOfResults(FuzzedDataProvider data) {
        List<Facet> filters = new ArrayList<>();
        int count = data.consumeInt(0, 3);
        for (int i = 0; i < count; i++) {
            String dim = data.pickValue(DIMS);
            if (dim.isEmpty()) {
                dim = data.consumeString(20);
            }
            String value = data.consumeBoolean() ? data.pickValue(VALUES) : data.consumeString(40);
            if (!dim.isBlank()) {
                filters.add(new Facet(dim, value));
            }
        }
        int offset = data.consumeInt();
        int limit = data.consumeInt();
        SearchQuery query = new SearchQuery(data.consumeRemainingAsString(), filters, offset, limit);

        SearchResults results = index.search(query);

        long expected = Math.max(0, Math.min(query.limit(), results.total() - query.offset()));
        assertEquals(expected, results.hits().size(), () -> "hits on the page for " + query);
        for (SearchHit hit : results.hits()) {
            assertFalse(hit.url().isEmpty(), () -> "a hit without a URL for " + query);
        }
    }
}
