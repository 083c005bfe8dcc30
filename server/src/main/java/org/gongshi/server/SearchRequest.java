package org.gongshi.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * The {@code q} and {@code page} parameters shared by the HTML and JSON search.
 *
 * @param query what the user typed, "" when absent
 * @param page  1-based page number
 */
record SearchRequest(String query, int page) {

    static final int PAGE_SIZE = 20;
    /** Nobody reads page 500 of results; the cap keeps the collector small whatever the URL says. */
    static final int MAX_PAGE = 500;

    /** Lenient: a missing or malformed page number means the first page. */
    static SearchRequest from(Request request) {
        Fields parameters = Request.extractQueryParameters(request);
        String query = parameters.getValue("q");
        return new SearchRequest(query == null ? "" : query, parsePage(parameters.getValue("page")));
    }

    int offset() {
        return (page - 1) * PAGE_SIZE;
    }

    private static int parsePage(String value) {
        if (value == null || !value.matches("\\d{1,9}")) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(value)));
    }
}
