package org.gongshi.search.internal;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
     * matches, and their facet counts, in one pass. A filtered dimension is counted without its own filter,
     * so its other values can be offered: the counts of Lucene's DrillSideways, one more pass per filtered
     * dimension, each counted from the facet table.
     */
    public Found search(Query base, List<Facet> filters, int wanted) throws IOException {
        Object[] collected = search(filtered(base, filters, ""), new MultiCollectorManager(
                new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE), facets.counter()));
        FacetTable.Tally matches = (FacetTable.Tally) collected[1];
        Set<String> filteredDims = new LinkedHashSet<>();
        filters.forEach(filter -> filteredDims.add(filter.dim()));
        List<FacetCounts> counts = new ArrayList<>();
        for (FacetCounts dim : matches.all()) {
            if (!filteredDims.contains(dim.dim())) {
                counts.add(dim);
            }
        }
        for (String dim : filteredDims) {
            facets.count(this, filtered(base, filters, dim)).all().stream()
                    .filter(sideways -> sideways.dim().equals(dim))
                    .forEach(counts::add);
        }
        return new Found((TopDocs) collected[0], matches.hits, counts);
    }

    /** @param hits how many pages matched, of which {@code top} holds the best */
    public record Found(TopDocs top, int hits, List<FacetCounts> facets) {
    }

    /** {@code base} narrowed by every filter except those of {@code exceptDim}. */
    public static Query filtered(Query base, List<Facet> filters, String exceptDim) {
        DrillDownQuery drillDown = new DrillDownQuery(IndexFields.FACETS, base);
        filters.stream().filter(filter -> !filter.dim().equals(exceptDim))
                .forEach(filter -> drillDown.add(filter.dim(), filter.value()));
        return drillDown;
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
