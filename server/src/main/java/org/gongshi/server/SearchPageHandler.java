package org.gongshi.server;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.gongshi.search.SearchIndex;
import org.gongshi.search.SearchResults;

/** {@code GET /search?q=…&year=…&page=N}: results as a plain HTML page, so search works without JavaScript. */
final class SearchPageHandler extends SearchHandler {

    static final String PATH = "/search";

    private final PageShell shell;

    SearchPageHandler(SearchIndex index, PageShell shell) {
        super(PATH, index);
        this.shell = shell;
    }

    @Override
    void answer(Response response, Callback callback, SearchRequest search, SearchResults results) {
        Responses.send(response, callback, HttpStatus.OK_200, Responses.HTML, SearchPageView.render(shell, search, results));
    }
}
