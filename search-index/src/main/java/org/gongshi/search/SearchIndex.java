package org.gongshi.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongshi.search.internal.CjkAnalyzer;
import org.gongshi.search.internal.FacetedSearcher;
import org.gongshi.search.internal.IndexFields;
import org.gongshi.search.internal.QueryFactory;
import org.gongshi.search.internal.SnippetHighlighter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * A read-only view of the index in one directory. Safe to share between threads; open it once per
 * process. {@link #refresh()} switches to an index that {@link SearchIndexWriter#publish} has put in
 * place since, while searches already running finish on the index they started with.
 */
public final class SearchIndex implements AutoCloseable {

    /** A page of results is some 20 KB, so this is at most some 10 MB. */
    static final int CACHED_RESULTS = 500;

    private final Analyzer analyzer;
    private final Directory directory;
    private final SearcherManager searchers;
    private final QueryFactory queries;
    /**
     * Searches are CPU work: more at once than there are cores only makes each slower and keeps more
     * memory alive between collections. Answers from the cache do not wait.
     */
    private final Semaphore running = new Semaphore(Runtime.getRuntime().availableProcessors());

    private SearchIndex(Analyzer analyzer, Directory directory, SearcherManager searchers) {
        this.analyzer = analyzer;
        this.directory = directory;
        this.searchers = searchers;
        this.queries = new QueryFactory(analyzer);
    }

    /** Opens the index with room for {@value #CACHED_RESULTS} recent searches. */
    public static SearchIndex open(Path dir) throws IOException {
        return open(dir, CACHED_RESULTS);
    }

    /** @param cachedResults how many recent searches to remember until the next refresh; 0 for none */
    public static SearchIndex open(Path dir, int cachedResults) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            return new SearchIndex(CjkAnalyzer.perField(), directory,
                    new SearcherManager(directory, new FacetedSearcher.Factory(cachedResults)));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Picks up a newly published index, if any; blocks while another thread is doing the same. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /**
     * Finds pages matching every term of the query's text and all its filters. Any text is accepted:
     * characters that are not letters or digits only separate terms. Text with no terms (blank,
     * punctuation) lists the filtered pages, or finds nothing when there are no filters either.
     *
     * @throws UncheckedIOException when the index cannot be read
     */
    public SearchResults search(SearchQuery query) {
        Optional<Query> text = queries.build(query.text());
        // No page has an empty facet value (they are not indexed), and Lucene rejects one in a filter.
        boolean impossibleFilter = query.filters().stream().anyMatch(f -> f.value().isEmpty());
        if ((text.isEmpty() && query.filters().isEmpty()) || impossibleFilter) {
            return SearchResults.empty(query);
        }
        try {
            FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
            try {
                return searcher.cached(query, q -> {
                    running.acquireUninterruptibly();
                    try {
                        return search(searcher, q, text.orElseGet(MatchAllDocsQuery::new));
                    } finally {
                        running.release();
                    }
                });
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResults search(FacetedSearcher searcher, SearchQuery query, Query text) throws IOException {
        // TopScoreDocCollector needs at least one slot and never finds more than maxDoc.
        int wanted = (int) Math.max(1, Math.min((long) query.offset() + query.limit(), searcher.getIndexReader().maxDoc()));
        FacetedSearcher.Found found = searcher.search(text, query.filters(), wanted);
        TopDocs top = found.top();
        int best = top.scoreDocs.length;
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(query.offset(), best),
                (int) Math.min(best, (long) query.offset() + query.limit()));
        int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
        Snippet[] snippets = new SnippetHighlighter(searcher, analyzer).snippets(queries.highlight(query.text()), docIds);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < docIds.length; i++) {
            hits.add(toHit(stored.document(docIds[i]), snippets[i]));
        }
        return new SearchResults(query, found.hits(), hits, found.facets());
    }

    private static SearchHit toHit(Document d, Snippet snippet) {
        return new SearchHit(
                IndexFields.stored(d, IndexFields.ID),
                IndexFields.stored(d, IndexFields.URL),
                IndexFields.stored(d, IndexFields.TYPE),
                IndexFields.stored(d, IndexFields.CODE),
                IndexFields.stored(d, IndexFields.TITLE),
                snippet,
                IndexFields.facets(d));
    }

    @Override
    public void close() throws IOException {
        try (directory; analyzer) {
            searchers.close();
        }
    }
}
