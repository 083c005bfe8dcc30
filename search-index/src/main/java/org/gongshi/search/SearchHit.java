package org.gongshi.search;

import java.util.List;
import java.util.Objects;

/** One result of {@link SearchIndex#search}. */
public record SearchHit(String id, String url, String type, String code, String title, Snippet snippet,
                        List<Facet> facets) {

    public SearchHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snippet, "snippet");
        facets = List.copyOf(facets);
    }

    /** The first value of a facet, "" when the page has none. */
    public String facet(String dim) {
        return facets.stream().filter(f -> f.dim().equals(dim)).map(Facet::value).findFirst().orElse("");
    }
}
