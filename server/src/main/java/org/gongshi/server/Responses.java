package org.gongshi.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Writes a complete in-memory body. */
public final class Responses {

    public static final String HTML = "text/html; charset=UTF-8";
    public static final String JSON = "application/json; charset=UTF-8";

    private Responses() {
    }

    public static void send(Response response, Callback callback, int status, String contentType, String body) {
        send(response, callback, status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    public static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        // Bytes, not characters: one Chinese character is three bytes in UTF-8.
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** 303 to a path on this site: after a form post, so that reloading the page does not post again. */
    public static void seeOther(Response response, Callback callback, String path) {
        redirect(response, callback, HttpStatus.SEE_OTHER_303, path);
    }

    /** 301 to a path on this site: the address asked for is another name of that page, for good. */
    public static void movedPermanently(Response response, Callback callback, String path) {
        redirect(response, callback, HttpStatus.MOVED_PERMANENTLY_301, path);
    }

    private static void redirect(Response response, Callback callback, int status, String path) {
        response.getHeaders().put(HttpHeader.LOCATION, path);
        send(response, callback, status, HTML,
                "<!DOCTYPE html><title>请稍候</title><a href=\"" + Html.escape(path) + "\">继续</a>");
    }

    /**
     * Answers 405 for anything but GET and HEAD and returns true when it did: search pages only read.
     */
    public static boolean rejectUnlessRead(Request request, Response response, Callback callback) {
        return rejectUnlessRead(request, response, callback, "GET, HEAD");
    }

    /**
     * For pages that also take a form, called once a POST has been dealt with: anything left but GET and
     * HEAD gets 405 naming all three.
     */
    public static boolean rejectUnlessReadOrPost(Request request, Response response, Callback callback) {
        return rejectUnlessRead(request, response, callback, "GET, HEAD, POST");
    }

    private static boolean rejectUnlessRead(Request request, Response response, Callback callback, String allow) {
        if (HttpMethod.GET.is(request.getMethod()) || HttpMethod.HEAD.is(request.getMethod())) {
            return false;
        }
        response.getHeaders().put(HttpHeader.ALLOW, allow);
        Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
        return true;
    }
}
