package org.gongshi.search.internal;

import org.gongshi.search.SearchQuery;
import org.gongshi.search.SearchResults;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The most recently asked searches of one opened index, least recently used dropped first. The index is
 * read-only until the next build publishes a new one, and a new one gets a new cache, so an entry is
 * never stale. Villagers of one county ask for the same few village and project names again and again.
 */
final class ResultCache {

    private final Map<SearchQuery, SearchResults> entries;

    ResultCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<SearchQuery, SearchResults> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Optional<SearchResults> get(SearchQuery query) {
        return Optional.ofNullable(entries.get(query));
    }

    synchronized void put(SearchQuery query, SearchResults results) {
        entries.put(query, results);
    }
}
