package org.gongshi.server;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Adds the headers every response carries, before any inner handler writes. */
final class SecurityHeadersHandler extends Handler.Wrapper {

    private final SiteStylesheet stylesheet;

    // Encoded once: Jetty otherwise checks and copies every character of these values into every response head.
    // Browsers must not guess a script out of an uploaded or mislabelled file.
    private static final HttpField NO_SNIFF = new PreEncodedHttpField("X-Content-Type-Options", "nosniff");
    // Search URLs hold what people searched for; other sites need not learn it.
    private static final HttpField REFERRER = new PreEncodedHttpField("Referrer-Policy", "same-origin");

    SecurityHeadersHandler(Handler handler, SiteStylesheet stylesheet) {
        super(handler);
        this.stylesheet = stylesheet;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        addTo(response, stylesheet.current());
        return super.handle(request, response, callback);
    }

    /** Styles from the site itself, and the one inline stylesheet every page carries, named by its hash. */
    static String contentSecurityPolicy(SiteStylesheet.Current stylesheet) {
        String inline = stylesheet.hashSource().isEmpty() ? "" : " " + stylesheet.hashSource();
        return "default-src 'none'; style-src 'self'" + inline + "; img-src 'self' data:; "
                + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    }

    /**
     * Also called by the error handler: when a handler fails, Jetty answers with a fresh response that
     * has lost these headers.
     */
    static void addTo(Response response, SiteStylesheet.Current stylesheet) {
        response.getHeaders().put(NO_SNIFF);
        response.getHeaders().put(REFERRER);
        // No page of the site runs a script, so none may: an injected <script> or onclick stays inert.
        // Styles and images come only from the site itself; forms post only back to it; no one frames it.
        response.getHeaders().put("Content-Security-Policy", contentSecurityPolicy(stylesheet));
    }
}
