package org.gongshi.server.staff;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.gongshi.server.crypto.Keys;
import org.gongshi.server.store.StaffStore;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * Desk sessions: a random token in a cookie, only its SHA-256 in the database, so a copy of the database
 * opens no session.
 */
final class StaffSessions {

    /**
     * {@code __Host-}: browsers accept this cookie only with Secure, Path=/ and no Domain, so no other host
     * (a sibling subdomain included) can set or overwrite it.
     */
    static final String COOKIE = "__Host-gongshi-staff";
    /** A working day; then the desk asks for the password again. */
    static final Duration LIFETIME = Duration.ofHours(8);
    private static final int TOKEN_BYTES = 32;

    private final StaffStore store;
    private final Keys keys;
    private final Clock clock;

    StaffSessions(StaffStore store, Keys keys, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
    }

    /** The live session the request's cookie names, if any. */
    Optional<StaffSession> current(Request request) throws SQLException {
        for (HttpCookie cookie : Request.getCookies(request)) {
            if (cookie.getName().equals(COOKIE) && wellFormed(cookie.getValue())) {
                Optional<String> staff = store.sessionStaff(Keys.sha256(cookie.getValue()), clock.instant());
                if (staff.isPresent()) {
                    return Optional.of(session(staff.get(), cookie.getValue()));
                }
            }
        }
        return Optional.empty();
    }

    /** Starts a session and sets its cookie. */
    StaffSession start(String staff, Response response) throws SQLException {
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(Keys.randomBytes(TOKEN_BYTES));
        store.startSession(Keys.sha256(token), staff, clock.instant().plus(LIFETIME));
        Response.addCookie(response, cookie(token, LIFETIME));
        return session(staff, token);
    }

    /** Ends a session and tells the browser to forget its cookie. */
    void end(StaffSession session, Response response) throws SQLException {
        store.endSession(Keys.sha256(session.token()), clock.instant());
        Response.addCookie(response, cookie("", Duration.ZERO));
    }

    /** Constant-time, so the token cannot be guessed a character at a time. */
    boolean csrfMatches(StaffSession session, String sent) {
        return Keys.same(session.csrf(), sent);
    }

    private StaffSession session(String staff, String token) {
        return new StaffSession(staff, token, keys.hash("staff-csrf", token));
    }

    private static HttpCookie cookie(String value, Duration maxAge) {
        return HttpCookie.build(COOKIE, value)
                .path("/")
                .secure(true)
                .httpOnly(true)
                // Strict: the browser sends it with no request another site starts, not even a top-level link.
                .sameSite(HttpCookie.SameSite.STRICT)
                .maxAge(maxAge.toSeconds())
                .build();
    }

    /** 32 bytes in URL-safe Base64; anything else is not worth a database lookup. */
    private static boolean wellFormed(String token) {
        return token.length() == 43 && token.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128
                || c == '-' || c == '_');
    }
}
