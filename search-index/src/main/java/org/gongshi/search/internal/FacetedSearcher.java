package org.gongshi.search.internal;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.IOFunction;
import org.gongshi.search.Facet;
import org.gongshi.search.FacetCounts;
import org.gongshi.search.SearchQuery;
import org.gongshi.search.SearchResults;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A searcher with what belongs to its reader: the facet table, which costs a pass over the facet values,
 * and the results already given. Both are made once per opened index, when {@code SearcherManager} opens a
 * reader, not per query, and go with the reader when a new index replaces it.
 */
public final class FacetedSearcher extends IndexSearcher {

    private final FacetTable facets;
    private final ResultCache results;

    private FacetedSearcher(IndexReader reader, FacetTable facets, int cachedResults) {
        super(reader);
        this.facets = facets;
        this.results = new ResultCache(cachedResults);
    }

    /**
     * The best {@code wanted} pages matching {@code base} and all {@code filters}, the exact number of
     * matches, and their facet counts, in one pass; a filtered dimension's counts ignore its own filter,
     * as Lucene's DrillSideways counts them.
     */
    public Found search(Query base, List<Facet> filters, int wanted) throws IOException {
        FacetTable.Tally found = facets.search(this, base, filters,
                new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
        return new Found(found.top, found.hits, found.all());
    }

    /** @param hits how many pages matched, of which {@code top} holds the best */
    public record Found(TopDocs top, int hits, List<FacetCounts> facets) {
    }

    /** The results of {@code query} on this reader, searched with {@code search} unless asked recently. */
    public SearchResults cached(SearchQuery query, IOFunction<SearchQuery, SearchResults> search) throws IOException {
        Optional<SearchResults> known = results.get(query);
        if (known.isPresent()) {
            return known.get();
        }
        SearchResults found = search.apply(query);
        results.put(query, found);
        return found;
    }

    public static final class Factory extends SearcherFactory {

        private final int cachedResults;

        /** @param cachedResults how many searches each opened index remembers; 0 searches every time */
        public Factory(int cachedResults) {
            this.cachedResults = cachedResults;
        }

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetedSearcher(reader, FacetTable.of(reader), cachedResults);
        }
    }
}
