package org.gongshi.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

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
    void publishReplacesTheLiveIndexAndOpenReadersSwitchOnRefresh() throws IOException {
        Path live = dir.resolve("live");
        Path staged = dir.resolve("staged");
        Fixtures.indexOf(live, Fixtures.ALL).close();
        try (SearchIndex reader = SearchIndex.open(live)) {
            Fixtures.indexOf(staged, List.of(Fixtures.XINGHUA_ROAD)).close();

            SearchIndexWriter.publish(staged, live, "test");

            assertEquals(4, reader.search(SearchQuery.of("白石镇青龙村")).total(), "before refresh: the old index, whole");
            reader.refresh();
            assertEquals(0, reader.search(SearchQuery.of("白石镇青龙村")).total());
            assertEquals(1, reader.search(SearchQuery.of("杏花村")).total());
        }
    }

    @Test
    void aFailedPublishLeavesTheLiveIndexAsItWas() throws IOException {
        Path live = dir.resolve("live");
        Fixtures.indexOf(live, Fixtures.ALL).close();

        assertThrows(IOException.class, () -> SearchIndexWriter.publish(dir.resolve("no-such-index"), live, "test"));

        try (SearchIndex reader = SearchIndex.open(live)) {
            assertEquals(4, reader.search(SearchQuery.of("白石镇青龙村")).total());
        }
    }

    @Test
    void anUpdateReplacesOneProjectsDocumentsAndIsSeenOnlyAfterItsCommit() throws IOException {
        Path live = publishedByBuildOne();
        String code = Fixtures.ALL.get(0).code();
        try (SearchIndex reader = SearchIndex.open(live)) {
            try (SearchIndexWriter update = SearchIndexWriter.update(live)) {
                update.deleteProject(code);
                update.add(Fixtures.notice(code, "改过的标题柳树渠", "白石镇", "青龙村", "新正文"));
                reader.refresh();
                assertEquals(0, reader.search(SearchQuery.of("柳树渠")).total(), "nothing before the commit");
                assertEquals(3, reader.search(SearchQuery.of("河道清淤工程")).total());
                update.commit("build-2");
            }
            reader.refresh();
            assertEquals(1, reader.search(SearchQuery.of("柳树渠")).total());
            assertEquals(1, reader.search(SearchQuery.of("河道清淤工程")).total(), "its notice and wage documents are gone, phase two stays");
        }
        assertEquals(Optional.of("build-2"), SearchIndexWriter.build(live));
    }

    @Test
    void anUpdateClosedWithoutACommitChangesNothing() throws IOException {
        Path live = publishedByBuildOne();
        try (SearchIndexWriter update = SearchIndexWriter.update(live)) {
            update.deleteProject(Fixtures.ALL.get(0).code());
        }
        try (SearchIndex reader = SearchIndex.open(live)) {
            assertEquals(4, reader.search(SearchQuery.of("白石镇青龙村")).total());
        }
        assertEquals(Optional.of("build-1"), SearchIndexWriter.build(live));
        assertEquals(Optional.empty(), SearchIndexWriter.build(dir.resolve("none")));
    }

    /** A live index holding every fixture, published by "build-1". */
    private Path publishedByBuildOne() throws IOException {
        Path live = dir.resolve("live");
        Path staged = dir.resolve("staged");
        Fixtures.indexOf(staged, Fixtures.ALL).close();
        SearchIndexWriter.publish(staged, live, "build-1");
        return live;
    }

    @Test
    void documentRejectsMissingValuesAtOnce() {
        assertThrows(NullPointerException.class,
                () -> new SearchDocument("a", "/a/", "page", null, "t", "b", List.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new SearchDocument(" ", "/a/", "page", "", "t", "b", List.of(), List.of(), List.of()));
    }
}
