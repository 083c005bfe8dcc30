package org.gongshi.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Splits what a user typed into the terms that must all match. */
public final class QueryTerms {

    /**
     * Longer input is cut: no title is this long, and every character becomes a phrase position, so
     * an unbounded query could exceed Lucene's clause limit (1,024).
     */
    static final int MAX_CHARS = 100;
    static final int MAX_TERMS = 16;

    /**
     * Anything but letters, digits, combining marks and dashes separates terms. Dashes stay inside a
     * term so that "2023-QH-0012" (or its fullwidth form) is one phrase and one code, not three words; a
     * point between digits stays too, because the index keeps "4.3" of "4.3公里" as one token. Quotes,
     * brackets, "*" and ":" are thus separators, never syntax.
     */
    private static final Pattern SEPARATORS =
            Pattern.compile("[^\\p{L}\\p{N}\\p{M}\\p{Pd}.．]+|(?<!\\p{N})[.．]|[.．](?!\\p{N})");

    private QueryTerms() {
    }

    public static List<String> split(String query) {
        Set<String> terms = new LinkedHashSet<>();
        for (String term : SEPARATORS.split(truncate(query))) {
            if (!term.isEmpty() && terms.size() < MAX_TERMS) {
                terms.add(term);
            }
        }
        return new ArrayList<>(terms);
    }

    private static String truncate(String query) {
        if (query.codePointCount(0, query.length()) <= MAX_CHARS) {
            return query;
        }
        return query.substring(0, query.offsetByCodePoints(0, MAX_CHARS));
    }
}
