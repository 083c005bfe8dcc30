package org.gongshi.server.staff;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.gongshi.server.PageShell;
import org.gongshi.server.Responses;

import java.util.Optional;

/** {@code GET /staff/complaints?status=&kind=&project=&page=}: the desk's list, newest first. */
public final class ComplaintListHandler extends Handler.Abstract {

    private final StaffDesk desk;
    private final ComplaintListPage page;

    public ComplaintListHandler(StaffDesk desk, PageShell shell) {
        this.desk = desk;
        this.page = new ComplaintListPage(new StaffPages(shell));
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (!path.equals("/staff/complaints") && !path.equals("/staff/complaints/")) {
            return false;
        }
        if (Responses.rejectUnlessRead(request, response, callback)) {
            return true;
        }
        Optional<StaffSession> session = StaffAccess.forPage(desk.sessions(), request, response, callback);
        if (session.isPresent()) {
            ListQuery query = ListQuery.from(Request.extractQueryParameters(request));
            Responses.send(response, callback, HttpStatus.OK_200, Responses.HTML, page.render(session.get(), query,
                    desk.list(query.filter()), desk.countByStatus(query.filter())));
        }
        return true;
    }
}
