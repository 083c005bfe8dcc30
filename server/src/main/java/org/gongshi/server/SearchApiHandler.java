package org.gongshi.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.gongshi.search.SearchHit;
import org.gongshi.search.SearchIndex;
import org.gongshi.search.SearchResults;

import java.util.List;

/** {@code GET /api/search?q=…&page=N}: the same search as JSON {@code {total, hits:[…]}}. */
final class SearchApiHandler extends Handler.Abstract {

    static final String PATH = "/api/search";

    /** Thread-safe once configured; one per handler. */
    private final ObjectMapper json = new ObjectMapper();
    private final SearchIndex index;

    SearchApiHandler(SearchIndex index) {
        this.index = index;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws JsonProcessingException {
        if (!PATH.equals(Request.getPathInContext(request))) {
            return false;
        }
        if (Responses.rejectUnlessRead(request, response, callback)) {
            return true;
        }
        SearchRequest search = SearchRequest.from(request);
        SearchResults results = index.search(search.query(), search.offset(), SearchRequest.PAGE_SIZE);
        List<ApiHit> hits = results.hits().stream().map(ApiHit::of).toList();
        byte[] body = json.writeValueAsBytes(new ApiResults(results.total(), hits));
        Responses.send(response, callback, HttpStatus.OK_200, Responses.JSON, body);
        return true;
    }

    /** The published JSON shape: changing a name breaks whoever consumes the API. */
    record ApiResults(long total, List<ApiHit> hits) {
    }

    record ApiHit(String code, String title, String url, String snippet, String type) {

        static ApiHit of(SearchHit hit) {
            return new ApiHit(hit.code(), hit.title(), hit.url(), hit.snippet(), hit.type());
        }
    }
}
