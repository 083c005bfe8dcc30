package org.gongshi.search;

import java.util.List;
import java.util.Objects;

/**
 * What to search for.
 *
 * @param text    what the user typed; any string is accepted, none is syntax
 * @param filters facet values every hit must have: values of one dimension are alternatives, dimensions
 *                combine (year 2023 and town 白石镇)
 * @param offset  number of best hits to skip (negative counts as 0)
 * @param limit   maximum number of hits to return (negative counts as 0)
 */
public record SearchQuery(String text, List<Facet> filters, int offset, int limit) {

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        filters = List.copyOf(filters);
        offset = Math.max(0, offset);
        limit = Math.max(0, limit);
    }

    /** The first ten hits for {@code text}, unfiltered. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, List.of(), 0, 10);
    }
}
