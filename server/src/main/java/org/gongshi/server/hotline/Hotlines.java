package org.gongshi.server.hotline;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;

/** What the hotline's handlers share. */
public final class Hotlines {

    /**
     * The largest request body the server takes (SiteServer's DrainingSizeLimitHandler answers 413 above it): a
     * complaint of 2,000 Chinese characters is 18 KB once percent-encoded, and the other fields are small.
     */
    public static final int BODY_LIMIT = 64 * 1024;

    private Hotlines() {
    }

    /** Hotline pages hold what one person typed, or their receipt: no cache may keep a copy. */
    static void noStore(Response response) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    }
}
