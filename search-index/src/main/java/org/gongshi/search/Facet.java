package org.gongshi.search;

import java.util.Objects;

/**
 * One filterable property of a page, e.g. {@code year=2023} or {@code town=白石镇}. A page may carry
 * several values of one dimension (a project with two relief modes).
 *
 * @param dim   a stable key that also names the URL parameter ("year", "town", …)
 * @param value the value as readers see it
 */
public record Facet(String dim, String value) {

    public Facet {
        Objects.requireNonNull(dim, "dim");
        Objects.requireNonNull(value, "value");
        if (dim.isBlank()) {
            throw new IllegalArgumentException("facet dimension must not be blank");
        }
    }
}
