package org.gongshi.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongshi.search.internal.CjkAnalyzer;
import org.gongshi.search.internal.IndexFields;
import org.gongshi.search.internal.QueryFactory;
import org.gongshi.search.internal.QueryTerms;
import org.gongshi.search.internal.Snippets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A read-only view of an index written by {@link SearchIndexWriter}. Safe to share between threads;
 * open it once per process.
 */
public final class SearchIndex implements AutoCloseable {

    private final Analyzer analyzer;
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final QueryFactory queries;

    private SearchIndex(Analyzer analyzer, Directory directory, DirectoryReader reader) {
        this.analyzer = analyzer;
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.queries = new QueryFactory(analyzer);
    }

    public static SearchIndex open(Path dir) throws IOException {
        Directory directory = FSDirectory.open(dir);
        try {
            return new SearchIndex(CjkAnalyzer.perField(), directory, DirectoryReader.open(directory));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /**
     * Finds pages matching every term of {@code query}. Any string is accepted: characters that are
     * not letters or digits only separate terms, and input with no terms (blank, punctuation) finds
     * nothing.
     *
     * @param offset number of best hits to skip (negative counts as 0)
     * @param limit  maximum number of hits to return (negative counts as 0)
     * @throws UncheckedIOException when the index cannot be read
     */
    public SearchResults search(String query, int offset, int limit) {
        String text = query == null ? "" : query;
        Optional<Query> luceneQuery = queries.build(text);
        if (luceneQuery.isEmpty()) {
            return SearchResults.empty(text);
        }
        int from = Math.max(0, offset);
        int size = Math.max(0, limit);
        // TopScoreDocCollector needs at least one slot and never finds more than maxDoc.
        int wanted = (int) Math.max(1, Math.min((long) from + size, reader.maxDoc()));
        try {
            // Threshold MAX_VALUE: count every hit, so "共找到 N 条" is exact rather than a lower bound.
            TopDocs top = searcher.search(luceneQuery.get(), new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
            List<String> terms = QueryTerms.split(text);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>();
            for (int i = from; i < Math.min(top.scoreDocs.length, from + size); i++) {
                hits.add(toHit(stored, top.scoreDocs[i], terms));
            }
            return new SearchResults(text, top.totalHits.value, hits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SearchHit toHit(StoredFields stored, ScoreDoc scoreDoc, List<String> terms) throws IOException {
        Document d = stored.document(scoreDoc.doc);
        return new SearchHit(
                IndexFields.stored(d, IndexFields.ID),
                IndexFields.stored(d, IndexFields.URL),
                IndexFields.stored(d, IndexFields.TYPE),
                IndexFields.stored(d, IndexFields.CODE),
                IndexFields.stored(d, IndexFields.TITLE),
                Snippets.of(IndexFields.stored(d, IndexFields.BODY), terms),
                IndexFields.facets(d));
    }

    @Override
    public void close() throws IOException {
        try (directory; analyzer) {
            reader.close();
        }
    }
}
