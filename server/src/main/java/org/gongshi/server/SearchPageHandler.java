package org.gongshi.server;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.gongshi.search.SearchIndex;
import org.gongshi.search.SearchResults;

/** {@code GET /search?q=…&year=…&page=N}: results as a plain HTML page, so search works without JavaScript. */
final class SearchPageHandler extends Handler.Abstract {

    static final String PATH = "/search";

    private final SearchIndex index;
    private final PageShell shell;

    SearchPageHandler(SearchIndex index, PageShell shell) {
        this.index = index;
        this.shell = shell;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!PATH.equals(Request.getPathInContext(request))) {
            return false;
        }
        if (Responses.rejectUnlessRead(request, response, callback)) {
            return true;
        }
        SearchRequest search = SearchRequest.from(request);
        SearchResults results = index.search(search.toQuery());
        Responses.send(response, callback, HttpStatus.OK_200, Responses.HTML, SearchPageView.render(shell, search, results));
        return true;
    }
}
