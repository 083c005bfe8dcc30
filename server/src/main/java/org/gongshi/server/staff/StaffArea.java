package org.gongshi.server.staff;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Everything under {@code /staff}. Its pages show complaints and phone numbers: no cache may keep a copy,
 * and no search engine should list even the login page. A path no desk handler knows is 404 here, never
 * looked up among the site's files.
 */
public final class StaffArea extends Handler.Wrapper {

    public StaffArea(Handler deskHandlers) {
        super(deskHandlers);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (!path.equals("/staff") && !path.startsWith("/staff/")) {
            return false;
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.getHeaders().put("X-Robots-Tag", "noindex, nofollow");
        if (!super.handle(request, response, callback)) {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
        }
        return true;
    }
}
