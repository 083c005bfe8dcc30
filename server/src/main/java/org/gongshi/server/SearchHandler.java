package org.gongshi.server;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.gongshi.search.SearchIndex;
import org.gongshi.search.SearchResults;

/** A GET of one path that runs the search its parameters ask for; subclasses only say how to answer. */
abstract class SearchHandler extends Handler.Abstract {

    private final String path;
    private final SearchIndex index;

    SearchHandler(String path, SearchIndex index) {
        this.path = path;
        this.index = index;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!path.equals(Request.getPathInContext(request))) {
            return false;
        }
        if (Responses.rejectUnlessRead(request, response, callback)) {
            return true;
        }
        SearchRequest search = SearchRequest.from(request);
        answer(response, callback, search, index.search(search.toQuery()));
        return true;
    }

    abstract void answer(Response response, Callback callback, SearchRequest search, SearchResults results)
            throws Exception;
}
