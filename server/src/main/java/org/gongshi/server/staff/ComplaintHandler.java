package org.gongshi.server.staff;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.gongshi.server.FormProblem;
import org.gongshi.server.PageShell;
import org.gongshi.server.Responses;
import org.gongshi.server.guard.PostGuard;
import org.gongshi.server.store.Complaint;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /staff/complaints/{id}}: GET shows the complaint; POST changes its status, reply and note, and
 * answers 303 back to it, or 400 with the form as typed and its problems named.
 */
public final class ComplaintHandler extends Handler.Abstract {

    /** Up to 18 digits: every id there is, and never a long overflow. */
    private static final Pattern PATH = Pattern.compile("/staff/complaints/([1-9][0-9]{0,17})");

    private final StaffDesk desk;
    private final StaffAccess access;
    private final ComplaintPage page;

    public ComplaintHandler(StaffDesk desk, PageShell shell, PostGuard guard) {
        StaffPages pages = new StaffPages(shell);
        this.desk = desk;
        this.access = new StaffAccess(desk.sessions(), guard, pages);
        this.page = new ComplaintPage(pages);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Matcher path = PATH.matcher(Request.getPathInContext(request));
        if (!path.matches()) {
            return false;
        }
        long id = Long.parseLong(path.group(1));
        if (HttpMethod.POST.is(request.getMethod())) {
            Optional<StaffAccess.Post> post = access.forPost(request, response, callback);
            if (post.isPresent()) {
                change(id, post.get(), request, response, callback);
            }
            return true;
        }
        if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD, POST");
            Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
            return true;
        }
        Optional<StaffSession> session = StaffAccess.forPage(desk.sessions(), request, response, callback);
        if (session.isEmpty()) {
            return true;
        }
        Optional<Complaint> complaint = desk.complaint(id);
        if (complaint.isEmpty()) {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            return true;
        }
        show(response, callback, HttpStatus.OK_200, session.get(), complaint.get(), ChangeForm.of(complaint.get()),
                List.of());
        return true;
    }

    private void change(long id, StaffAccess.Post post, Request request, Response response, Callback callback)
            throws Exception {
        Optional<Complaint> complaint = desk.complaint(id);
        if (complaint.isEmpty()) {
            Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
            return;
        }
        ChangeForm form = ChangeForm.from(post.fields());
        List<FormProblem> problems = form.problems();
        if (!problems.isEmpty()) {
            show(response, callback, HttpStatus.BAD_REQUEST_400, post.session(), complaint.get(), form, problems);
            return;
        }
        desk.change(complaint.get(), form, post.session());
        Responses.seeOther(response, callback, "/staff/complaints/" + id);
    }

    private void show(Response response, Callback callback, int status, StaffSession session, Complaint complaint,
                      ChangeForm form, List<FormProblem> problems) throws Exception {
        Responses.send(response, callback, status, Responses.HTML, page.render(session, complaint,
                desk.phone(complaint), desk.events(complaint), form, problems));
    }
}
