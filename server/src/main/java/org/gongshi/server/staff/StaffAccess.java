package org.gongshi.server.staff;

import java.util.Optional;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.gongshi.server.Forms;
import org.gongshi.server.Responses;
import org.gongshi.server.guard.PostGuard;

/**
 * Who may use a desk page or form. A page without a session sends the browser to the login page; a form
 * post must pass, in order: the origin check and per-address limit, a live session, and the session's CSRF
 * value — else it is refused with 403 and nothing is changed.
 */
final class StaffAccess {

    /** A desk form that passed every check: who sent it, and its fields. */
    record Post(StaffSession session, Fields fields) {
    }

    private static final int MAX_FIELDS = 10;

    private final StaffSessions sessions;
    private final PostGuard guard;
    private final StaffPages pages;

    StaffAccess(StaffSessions sessions, PostGuard guard, StaffPages pages) {
        this.sessions = sessions;
        this.guard = guard;
        this.pages = pages;
    }

    /** The session behind a page request; when there is none, a 303 to the login page has been sent. */
    static Optional<StaffSession> forPage(StaffSessions sessions, Request request, Response response,
                                          Callback callback) throws Exception {
        Optional<StaffSession> session = sessions.current(request);
        if (session.isEmpty()) {
            Responses.seeOther(response, callback, "/staff");
        }
        return session;
    }

    /** A checked form post; when a check fails, the answer (403 or 429) has been sent. */
    Optional<Post> forPost(Request request, Response response, Callback callback) throws Exception {
        if (!guard.admit(request, response, callback)) {
            return Optional.empty();
        }
        Optional<StaffSession> session = sessions.current(request);
        if (session.isEmpty()) {
            refuse(response, callback, "您尚未登录，或登录已过期（8 小时）。刚才填写的内容没有保存，请重新登录后再办理。");
            return Optional.empty();
        }
        Optional<Fields> posted = Forms.read(request, MAX_FIELDS);
        if (posted.isEmpty()) {
            refuse(response, callback, "提交的内容无法识别，刚才填写的内容没有保存。请重新打开页面后再提交。");
            return Optional.empty();
        }
        Fields fields = posted.get();
        String csrf = fields.getValue("csrf");
        if (csrf == null || !sessions.csrfMatches(session.get(), csrf)) {
            refuse(response, callback, "这个页面来自另一次登录或已经失效，刚才填写的内容没有保存。请重新打开页面后再提交。");
            return Optional.empty();
        }
        return Optional.of(new Post(session.get(), fields));
    }

    private void refuse(Response response, Callback callback, String message) {
        Responses.send(response, callback, HttpStatus.FORBIDDEN_403, Responses.HTML, pages.refused(message));
    }
}
