package org.gongshi.server;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Adds the headers every response carries, before any inner handler writes. */
final class SecurityHeadersHandler extends Handler.Wrapper {

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    // Encoded once: Jetty otherwise checks and copies every character of these values into every response head.
    // Browsers must not guess a script out of an uploaded or mislabelled file.
    private static final HttpField NO_SNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");
    // Search URLs hold what people searched for; other sites need not learn it.
    private static final HttpField REFERRER = new PreEncodedHttpField("Referrer-Policy", "same-origin");
    // No page of the site runs a script, so none may: an injected <script> or onclick stays inert.
    // Styles and images come only from the site itself; forms post only back to it; no one frames it.
    private static final HttpField CSP = new PreEncodedHttpField("Content-Security-Policy", CONTENT_SECURITY_POLICY);

    SecurityHeadersHandler(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        addTo(response);
        return super.handle(request, response, callback);
    }

    /**
     * Also called by the error handler: when a handler fails, Jetty answers with a fresh response that
     * has lost these headers.
     */
    static void addTo(Response response) {
        response.getHeaders().put(NO_SNIFF);
        response.getHeaders().put(REFERRER);
        response.getHeaders().put(CSP);
    }
}
