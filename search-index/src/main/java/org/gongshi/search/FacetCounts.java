package org.gongshi.search;

import java.util.List;
import java.util.Objects;

/**
 * How many hits each value of one facet dimension would give. For a dimension the query filters on, the
 * counts ignore that dimension's own filter, so a reader can switch from 2023 to 2024 in one click.
 *
 * @param counts most hits first
 */
public record FacetCounts(String dim, List<Count> counts) {

    public FacetCounts {
        Objects.requireNonNull(dim, "dim");
        counts = List.copyOf(counts);
    }

    public record Count(String value, int count) {
    }
}
