package org.gongshi.server.guard;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's size limit, except that a body declared a little too large is read to its end before the 413
 * page goes out. Answering early and closing a connection the client is still writing to makes the
 * client's TCP stack reset it, and the person who pasted too much sees "connection reset" instead of
 * the page that tells them what to shorten.
 */
public final class DrainingSizeLimitHandler extends SizeLimitHandler {

    /** Bodies larger than this are not worth reading: the connection is closed after the 413. */
    static final long DRAIN_LIMIT = 1024 * 1024;

    private final long limit;

    public DrainingSizeLimitHandler(long limit) {
        super(limit, -1);
        this.limit = limit;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        if (length <= limit || length > DRAIN_LIMIT) {
            return super.handle(request, response, callback);
        }
        Content.Source.consumeAll(request, Callback.from(
                () -> Response.writeError(request, response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413),
                callback::failed));
        return true;
    }
}
