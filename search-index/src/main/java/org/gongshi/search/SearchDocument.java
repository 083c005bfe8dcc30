package org.gongshi.search;

import java.util.List;
import java.util.Objects;

/**
 * One searchable page, as the generator hands it to {@link SearchIndexWriter}.
 *
 * @param id     unique key; re-adding the same id replaces the earlier document
 * @param url    site-relative URL the hit links to, e.g. {@code /p/2023-QH-0012/}
 * @param type   kind of page ("notice", "wages", "page", "case", …); also indexed as the facet "type"
 * @param code   project code such as {@code 2023-QH-0012}, or "" for pages that belong to no project
 * @param title  page title
 * @param body   plain text of the page
 * @param keys   values that rank the page first when typed whole (a 文号, a town, a village); the code and
 *               the title are keys already
 * @param names  names findable by their pinyin initials (project, town, village)
 * @param facets filterable properties, in the order a hit shows them
 */
public record SearchDocument(String id, String url, String type, String code, String title, String body,
                             List<String> keys, List<String> names, List<Facet> facets) {

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
        keys = List.copyOf(keys);
        names = List.copyOf(names);
        facets = List.copyOf(facets);
    }
}
