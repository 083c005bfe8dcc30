package org.gongshi.server.staff;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.gongshi.server.PageShell;
import org.gongshi.server.Responses;
import org.gongshi.server.guard.PostGuard;

import java.util.Optional;

/**
 * {@code POST /staff/logout}: ends the session in the database, not only in the browser, so a copied cookie
 * stops working too. A POST with the CSRF value, so another site cannot log a member of staff out.
 */
public final class LogoutHandler extends Handler.Abstract {

    private final StaffDesk desk;
    private final StaffAccess access;

    public LogoutHandler(StaffDesk desk, PageShell shell, PostGuard guard) {
        this.desk = desk;
        this.access = new StaffAccess(desk.sessions(), guard, new StaffPages(shell));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!Request.getPathInContext(request).equals("/staff/logout")) {
            return false;
        }
        if (!HttpMethod.POST.is(request.getMethod())) {
            Responses.seeOther(response, callback, "/staff");
            return true;
        }
        Optional<StaffAccess.Post> post = access.forPost(request, response, callback);
        if (post.isPresent()) {
            desk.sessions().end(post.get().session(), response);
            Responses.seeOther(response, callback, "/staff");
        }
        return true;
    }
}
