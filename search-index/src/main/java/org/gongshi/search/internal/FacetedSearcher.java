package org.gongshi.search.internal;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.util.IOFunction;
import org.gongshi.search.SearchQuery;
import org.gongshi.search.SearchResults;

import java.io.IOException;
import java.util.Optional;

/**
 * A searcher with what belongs to its reader: the facet ordinals, which cost a pass over the facet values,
 * and the results already given. Both are made once per opened index, when {@code SearcherManager} opens a
 * reader, not per query, and go with the reader when a new index replaces it.
 */
public final class FacetedSearcher extends IndexSearcher {

    /** Absent for an index without any facet value (an empty one). */
    private final Optional<SortedSetDocValuesReaderState> facets;
    private final ResultCache results;

    private FacetedSearcher(IndexReader reader, Optional<SortedSetDocValuesReaderState> facets, int cachedResults) {
        super(reader);
        this.facets = facets;
        this.results = new ResultCache(cachedResults);
    }

    public Optional<SortedSetDocValuesReaderState> facets() {
        return facets;
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
            boolean hasFacets = reader.leaves().stream()
                    .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
            return new FacetedSearcher(reader, hasFacets
                    ? Optional.of(new DefaultSortedSetDocValuesReaderState(reader, IndexFields.FACETS))
                    : Optional.empty(), cachedResults);
        }
    }
}
