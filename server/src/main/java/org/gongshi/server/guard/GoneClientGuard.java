package org.gongshi.server.guard;

import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.Promise;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Stops a request whose form could not be read to its end because the connection closed (the client gave up,
 * or {@link ProgressDeadline} closed it). Jetty's EagerContentHandler hands such a request on regardless; the
 * handler's form read then fails, and Jetty logs a stack trace for an answer no one will receive: one per
 * connection, a thousand in a slow-body attack. A form that is merely malformed still reaches its handler.
 */
public final class GoneClientGuard extends Handler.Wrapper {

    public GoneClientGuard(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (FormFields.getFormEncodedCharset(request) != null) {
            // EagerContentHandler has read the form already, so this completes at once; it never waits.
            CompletableFuture<Fields> form = new CompletableFuture<>();
            FormFields.onFields(request, Promise.Invocable.toPromise(form));
            Throwable failure = form.isCompletedExceptionally() ? form.handle((fields, x) -> x).join() : null;
            while (failure instanceof CompletionException && failure.getCause() != null) {
                failure = failure.getCause();
            }
            if (failure instanceof EofException) {
                callback.failed(failure);
                return true;
            }
        }
        return super.handle(request, response, callback);
    }
}
