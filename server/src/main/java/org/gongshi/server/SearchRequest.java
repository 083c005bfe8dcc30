package org.gongshi.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import org.gongshi.search.Facet;
import org.gongshi.search.SearchQuery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parameters shared by the HTML and JSON search: {@code q}, one optional value per facet dimension
 * ({@code year=2023&town=白石镇}) and {@code page}. The URL carries all of them, so any result list can be
 * bookmarked and shared.
 *
 * @param query   what the user typed, "" when absent
 * @param filters at most one value per dimension, in {@link FacetLabels#DIMENSIONS} order
 * @param page    1-based page number
 */
record SearchRequest(String query, List<Facet> filters, int page) {

    static final int PAGE_SIZE = 20;
    /** Nobody reads page 500 of results; the cap keeps the collector small whatever the URL says. */
    static final int MAX_PAGE = 500;
    /** Longer than any town or status; a longer value cannot match and is not worth echoing. */
    private static final int MAX_FILTER_CHARS = 100;

    SearchRequest {
        filters = List.copyOf(filters);
    }

    /** Lenient: unknown parameters are ignored, a missing or malformed page number means the first page. */
    static SearchRequest from(Request request) {
        Fields parameters = Request.extractQueryParameters(request);
        String query = parameters.getValue("q");
        List<Facet> filters = new ArrayList<>();
        for (String dim : FacetLabels.DIMENSIONS.keySet()) {
            String value = parameters.getValue(dim);
            if (value != null && !value.isBlank() && value.length() <= MAX_FILTER_CHARS) {
                filters.add(new Facet(dim, value));
            }
        }
        return new SearchRequest(query == null ? "" : query, filters, parsePage(parameters.getValue("page")));
    }

    SearchQuery toQuery() {
        return new SearchQuery(query, filters, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** Whether there is anything to search for: typed text or a filter. */
    boolean isEmpty() {
        return query.isBlank() && filters.isEmpty();
    }

    Optional<String> filter(String dim) {
        return filters.stream().filter(f -> f.dim().equals(dim)).map(Facet::value).findFirst();
    }

    /** The same search, narrowed to (or switched to) {@code value} in {@code dim}, from its first page. */
    SearchRequest with(String dim, String value) {
        List<Facet> next = new ArrayList<>();
        for (String d : FacetLabels.DIMENSIONS.keySet()) {
            if (d.equals(dim)) {
                next.add(new Facet(dim, value));
            } else {
                filter(d).ifPresent(v -> next.add(new Facet(d, v)));
            }
        }
        return new SearchRequest(query, next, 1);
    }

    SearchRequest without(String dim) {
        return new SearchRequest(query, filters.stream().filter(f -> !f.dim().equals(dim)).toList(), 1);
    }

    SearchRequest atPage(int number) {
        return new SearchRequest(query, filters, number);
    }

    /** The URL of this search, unescaped: one form for each search, so links are stable. */
    String url() {
        StringBuilder url = new StringBuilder("/search?q=").append(Html.param(query));
        filters.forEach(f -> url.append('&').append(f.dim()).append('=').append(Html.param(f.value())));
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }

    private static int parsePage(String value) {
        if (value == null || !value.matches("\\d{1,9}")) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(value)));
    }
}
