package org.gongshi.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SearchIndexWriterTest {

    @TempDir
    Path dir;

    @Test
    void addingTheSameIdReplacesTheDocument() throws IOException {
        SearchDocument first = Fixtures.notice("2023-QH-0012", "旧标题水渠", "白石镇", "青龙村", "旧正文");
        SearchDocument second = Fixtures.notice("2023-QH-0012", "新标题水渠", "白石镇", "青龙村", "新正文");

        try (SearchIndex index = Fixtures.indexOf(dir, List.of(first, second))) {
            SearchResults results = index.search(SearchQuery.of("水渠"));
            assertEquals(1, results.total());
            assertEquals("新标题水渠", results.hits().get(0).title());
        }
    }

    @Test
    void createReplacesAnExistingIndex() throws IOException {
        Fixtures.indexOf(dir, Fixtures.ALL).close();

        try (SearchIndex index = Fixtures.indexOf(dir, List.of(Fixtures.XINGHUA_ROAD))) {
            assertEquals(0, index.search(SearchQuery.of("白石镇")).total());
            assertEquals(1, index.search(SearchQuery.of("杏花村")).total());
        }
    }

    @Test
    void emptyIndexCanBeSearched() throws IOException {
        try (SearchIndex index = Fixtures.indexOf(dir, List.of())) {
            assertEquals(0, index.search(SearchQuery.of("白石镇")).total());
        }
    }

    @Test
    void documentRejectsMissingValuesAtOnce() {
        assertThrows(NullPointerException.class,
                () -> new SearchDocument("a", "/a/", "page", null, "t", "b", List.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new SearchDocument(" ", "/a/", "page", "", "t", "b", List.of(), List.of(), List.of()));
    }
}
