package org.gongshi.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.gongshi.search.FacetCounts;
import org.gongshi.search.SearchHit;
import org.gongshi.search.SearchIndex;
import org.gongshi.search.SearchResults;

import java.util.List;

/**
 * {@code GET /api/search?q=…&year=…&page=N}: the same search as JSON, shaped by the records below and
 * documented in the README.
 */
final class SearchApiHandler extends SearchHandler {

    static final String PATH = "/api/search";

    /** Thread-safe once configured; one per handler. */
    private final ObjectMapper json = new ObjectMapper();

    SearchApiHandler(SearchIndex index) {
        super(PATH, index);
    }

    @Override
    void answer(Response response, Callback callback, SearchRequest search, SearchResults results)
            throws JsonProcessingException {
        byte[] body = json.writeValueAsBytes(ApiResults.of(search, results));
        Responses.send(response, callback, HttpStatus.OK_200, Responses.JSON, body);
    }

    /** The published JSON shape: changing a name breaks whoever consumes the API. */
    record ApiResults(String query, long total, int page, int pageSize, List<ApiHit> hits, List<ApiFacet> facets) {

        static ApiResults of(SearchRequest search, SearchResults results) {
            List<ApiFacet> facets = FacetLabels.shown(results.facets()).stream()
                    .map(counts -> ApiFacet.of(search, counts))
                    .toList();
            return new ApiResults(search.query(), results.total(), search.page(), SearchRequest.PAGE_SIZE,
                    results.hits().stream().map(ApiHit::of).toList(), facets);
        }
    }

    /** {@code snippet} is plain text; {@code snippetHtml} is the same text, escaped, with matches in {@code <mark>}. */
    record ApiHit(String code, String title, String url, String type, String typeLabel, String year, String town,
                  String status, String snippet, String snippetHtml) {

        static ApiHit of(SearchHit hit) {
            return new ApiHit(hit.code(), hit.title(), hit.url(), hit.type(), FacetLabels.value("type", hit.type()),
                    hit.facet("year"), hit.facet("town"), hit.facet("status"),
                    hit.snippet().text(), SearchPageView.snippet(hit.snippet()));
        }
    }

    /** @param name the URL parameter that filters by this dimension */
    record ApiFacet(String name, String label, List<ApiFacetValue> values) {

        static ApiFacet of(SearchRequest search, FacetCounts counts) {
            String selected = search.filter(counts.dim()).orElse(null);
            return new ApiFacet(counts.dim(), FacetLabels.DIMENSIONS.get(counts.dim()), counts.counts().stream()
                    .map(c -> new ApiFacetValue(c.value(), FacetLabels.value(counts.dim(), c.value()), c.count(),
                            c.value().equals(selected)))
                    .toList());
        }
    }

    record ApiFacetValue(String value, String label, int count, boolean selected) {
    }
}
