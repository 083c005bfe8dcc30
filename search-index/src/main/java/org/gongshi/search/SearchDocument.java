package org.gongshi.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One searchable page, as the generator hands it to {@link SearchIndexWriter}.
 *
 * @param id     unique key; re-adding the same id replaces the earlier document
 * @param url    site-relative URL the hit links to, e.g. {@code /p/2023-QH-0012/}
 * @param type   kind of page ("notice", "wages", "page", "case", …), shown to users
 * @param code   project code such as {@code 2023-QH-0012}, or "" for pages that belong to no project
 * @param title  page title
 * @param body   plain text of the page
 * @param facets stored name → value pairs, e.g. {@code year=2023, town=白石镇}
 */
public record SearchDocument(String id, String url, String type, String code, String title, String body,
                             Map<String, String> facets) {

    public SearchDocument {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank");
        }
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        facets = copyOf(facets);
    }

    /** Like {@link Map#copyOf} but keeps the caller's order, which is the order facets are shown in. */
    static Map<String, String> copyOf(Map<String, String> facets) {
        Objects.requireNonNull(facets, "facets");
        Map<String, String> copy = new LinkedHashMap<>();
        facets.forEach((name, value) -> copy.put(
                Objects.requireNonNull(name, "facet name"),
                Objects.requireNonNull(value, () -> "facet " + name)));
        return Collections.unmodifiableMap(copy);
    }
}
