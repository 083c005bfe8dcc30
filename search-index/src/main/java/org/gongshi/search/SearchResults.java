package org.gongshi.search;

import java.util.List;
import java.util.Objects;

/**
 * One page of results.
 *
 * @param query the query as the user typed it
 * @param total number of matching documents across all pages
 * @param hits  the requested page of hits, best first
 */
public record SearchResults(String query, long total, List<SearchHit> hits) {

    public SearchResults {
        Objects.requireNonNull(query, "query");
        hits = List.copyOf(hits);
    }

    static SearchResults empty(String query) {
        return new SearchResults(query, 0, List.of());
    }
}
