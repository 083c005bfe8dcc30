package org.gongshi.search.internal;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

import java.io.IOException;
import java.util.Optional;

/**
 * A searcher with the facet ordinals of its reader. The state costs a pass over the facet values, so it
 * is built once per opened index, when {@code SearcherManager} opens a reader, not per query.
 */
public final class FacetedSearcher extends IndexSearcher {

    /** Absent for an index without any facet value (an empty one). */
    private final Optional<SortedSetDocValuesReaderState> facets;

    private FacetedSearcher(IndexReader reader, Optional<SortedSetDocValuesReaderState> facets) {
        super(reader);
        this.facets = facets;
    }

    public Optional<SortedSetDocValuesReaderState> facets() {
        return facets;
    }

    public static final class Factory extends SearcherFactory {

        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            boolean hasFacets = reader.leaves().stream()
                    .anyMatch(leaf -> leaf.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null);
            return new FacetedSearcher(reader, hasFacets
                    ? Optional.of(new DefaultSortedSetDocValuesReaderState(reader, IndexFields.FACETS))
                    : Optional.empty());
        }
    }
}
