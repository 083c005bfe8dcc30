package org.gongshi.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An excerpt of a page's text with the matched words marked. Kept as parts, not as HTML, so that each
 * caller escapes the text for its own output (HTML page, JSON) exactly once.
 */
public record Snippet(List<Part> parts) {

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** @param match whether this text is what the query matched */
    public record Part(String text, boolean match) {
    }

    /** The excerpt without marks. */
    public String text() {
        return parts.stream().map(Part::text).collect(Collectors.joining());
    }
}
