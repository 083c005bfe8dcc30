package org.gongshi.search;

import java.util.Map;
import java.util.Objects;

/**
 * One result of {@link SearchIndex#search}.
 *
 * @param snippet plain text (no markup) of about 120 characters around the first match in the body,
 *                or the start of the body when the match was only in the title or code
 */
public record SearchHit(String id, String url, String type, String code, String title, String snippet,
                        Map<String, String> facets) {

    public SearchHit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(snippet, "snippet");
        facets = SearchDocument.copyOf(facets);
    }
}
