package org.gongshi.search;

import java.util.List;
import java.util.Objects;

/**
 * One page of results.
 *
 * @param query  the query as asked
 * @param total  number of matching documents across all pages
 * @param hits   the requested page of hits, best first
 * @param facets counts per facet dimension over all matching documents, one entry per dimension that has
 *               values among them, in no particular order
 */
public record SearchResults(SearchQuery query, long total, List<SearchHit> hits, List<FacetCounts> facets) {

    public SearchResults {
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    static SearchResults empty(SearchQuery query) {
        return new SearchResults(query, 0, List.of(), List.of());
    }
}
