package org.gongshi.server.guard;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The checks every form sent to the server passes first. A form from another site is refused (the browser's
 * {@code Origin} header names where it came from), so no page elsewhere can make a visitor's browser post
 * here; then each client address gets its share of a rate limit.
 */
public final class PostGuard {

    private final List<String> allowedOrigins;
    private final RateLimiter posts;

    /**
     * @param otherOrigins origins besides this server's own whose forms may post here (the static site)
     * @param posts        every form post, per client address
     */
    public PostGuard(List<String> otherOrigins, RateLimit posts) {
        this.allowedOrigins = List.copyOf(otherOrigins);
        this.posts = new RateLimiter(posts);
    }

    /**
     * @return true when the request may go on; otherwise a 403 or 429 error page has been sent
     */
    public boolean admit(Request request, Response response, Callback callback) {
        if (!sameSiteOrAllowed(request)) {
            Response.writeError(request, response, callback, HttpStatus.FORBIDDEN_403);
            return false;
        }
        return withinLimit(request, response, callback, posts, clientAddress(request));
    }

    /** Rate-limits by any key (an account name, say); sends 429 with Retry-After when it is used up. */
    public static boolean withinLimit(Request request, Response response, Callback callback, RateLimiter limiter,
                                      String key) {
        Optional<Duration> wait = limiter.acquire(key);
        if (wait.isPresent()) {
            tooMany(request, response, callback, wait.get());
            return false;
        }
        return true;
    }

    /** Sends 429 with Retry-After, in whole seconds and at least one. */
    public static void tooMany(Request request, Response response, Callback callback, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, seconds);
        Response.writeError(request, response, callback, HttpStatus.TOO_MANY_REQUESTS_429);
    }

    /**
     * The client's address: the connection's peer, or what the reverse proxy reported when the server was
     * told it runs behind one (Jetty's ForwardedRequestCustomizer then rewrites the peer address).
     */
    public static String clientAddress(Request request) {
        return Request.getRemoteAddr(request);
    }

    /** No Origin header (older browsers, some privacy modes) is let through: the form token still applies. */
    private boolean sameSiteOrAllowed(Request request) {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) {
            return true;
        }
        HttpURI uri = request.getHttpURI();
        String own = uri.getScheme() + "://" + uri.getAuthority();
        return origin.equalsIgnoreCase(own) || allowedOrigins.stream().anyMatch(origin::equalsIgnoreCase);
    }
}
