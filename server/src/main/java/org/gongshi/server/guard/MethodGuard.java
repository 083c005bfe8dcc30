package org.gongshi.server.guard;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Lets only GET, HEAD and POST reach the site; everything else (PUT, DELETE, OPTIONS, TRACE, WebDAV, made-up
 * methods) is answered 405 here, in one place, instead of each handler deciding for itself and a forgotten one
 * treating a DELETE like a GET. Pages that take no form still answer POST with their own narrower 405.
 */
public final class MethodGuard extends Handler.Wrapper {

    /** Every method some page of the site answers. */
    public static final String ALLOW = "GET, HEAD, POST";

    public MethodGuard(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String method = request.getMethod();
        if (HttpMethod.GET.is(method) || HttpMethod.HEAD.is(method) || HttpMethod.POST.is(method)) {
            return super.handle(request, response, callback);
        }
        response.getHeaders().put(HttpHeader.ALLOW, ALLOW);
        Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
        return true;
    }
}
