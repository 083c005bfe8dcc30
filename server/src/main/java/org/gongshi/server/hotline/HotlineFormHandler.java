package org.gongshi.server.hotline;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.gongshi.server.FormProblem;
import org.gongshi.server.PageShell;
import org.gongshi.server.Responses;
import org.gongshi.server.guard.Limits;
import org.gongshi.server.guard.PostGuard;
import org.gongshi.server.guard.RateLimiter;
import org.gongshi.server.store.ComplaintStore;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * {@code /hotline}: GET hands out the form with a fresh token; POST files it. A form without a valid token
 * — the one on every static notice page, or one kept open too long — comes back once to be checked and
 * confirmed, now with a token. Filing answers 303 to the receipt page, the code travelling in a sealed
 * cookie, never in the URL.
 */
public final class HotlineFormHandler extends Handler.Abstract {

    static final String RECEIPT_COOKIE = "__Host-gongshi-receipt";
    /** A form left open longer than this is confirmed again with a fresh token. */
    static final Duration MAX_FORM_AGE = Duration.ofHours(24);

    private final Hotline hotline;
    private final HotlineView view;
    private final PostGuard guard;
    private final RateLimiter filings;
    private final Duration minFormAge;
    private final Clock clock;

    public HotlineFormHandler(Hotline hotline, PageShell shell, PostGuard guard, Limits limits, Clock clock) {
        this.hotline = hotline;
        this.view = new HotlineView(shell);
        this.guard = guard;
        this.filings = new RateLimiter(limits.filings());
        this.minFormAge = limits.minFormAge();
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (!path.equals("/hotline") && !path.equals("/hotline/")) {
            return false;
        }
        Hotlines.noStore(response);
        if (HttpMethod.POST.is(request.getMethod())) {
            if (guard.admit(request, response, callback)) {
                post(request, response, callback);
            }
            return true;
        }
        if (Responses.rejectUnlessReadOrPost(request, response, callback)) {
            return true;
        }
        String project = Optional.ofNullable(Request.extractQueryParameters(request).getValue("project")).orElse("");
        ComplaintForm blank = ComplaintForm.blank(project.length() > ComplaintForm.MAX_PROJECT ? "" : project)
                .withToken(hotline.newToken(clock.instant()));
        Responses.send(response, callback, HttpStatus.OK_200, Responses.HTML,
                view.form(blank, HotlineView.Step.FILL, List.of(), ""));
        return true;
    }

    private void post(Request request, Response response, Callback callback) throws Exception {
        Instant now = clock.instant();
        ComplaintForm.Posted posted = ComplaintForm.read(request, request, FormFields.getFormEncodedCharset(request));
        ComplaintForm form = posted.form();
        List<FormProblem> problems = posted.problems();
        Optional<FormToken> token = hotline.openToken(form.token());
        if (token.isEmpty() || token.get().issued().plus(MAX_FORM_AGE).isBefore(now)) {
            String note = form.token().isEmpty() ? "" : "这份表单已过期，请核对后重新提交。";
            show(response, callback, form.withToken(hotline.newToken(now)), problems, note);
            return;
        }
        if (!problems.isEmpty()) {
            show(response, callback, form, problems, "");
            return;
        }
        if (token.get().issued().plus(minFormAge).isAfter(now)) {
            show(response, callback, form, problems, "请先核对内容，再点“确认提交”。");
            return;
        }
        if (!PostGuard.withinLimit(request, response, callback, filings, PostGuard.clientAddress(request))) {
            return;
        }
        ComplaintStore.Filed filed = hotline.file(form, token.get(), now);
        Response.addCookie(response, HttpCookie.build(RECEIPT_COOKIE, hotline.receiptCookie(token.get().receipt(), now))
                .path("/")
                .secure(true)
                .httpOnly(true)
                // Lax, not Strict: the form may come from the static site on another host, and the
                // redirect that follows must still carry the cookie.
                .sameSite(HttpCookie.SameSite.LAX)
                .maxAge(Hotline.RECEIPT_SHOWN.toSeconds())
                .build());
        // Lets tests and load tools tell a new complaint from a resubmitted one; the page reads the same.
        response.getHeaders().put("X-Complaint-Filed", filed.created() ? "new" : "again");
        Responses.seeOther(response, callback, "/hotline/receipt");
    }

    private void show(Response response, Callback callback, ComplaintForm form, List<FormProblem> problems,
                      String note) {
        HotlineView.Step step = problems.isEmpty() ? HotlineView.Step.CONFIRM : HotlineView.Step.FIX;
        int status = problems.isEmpty() ? HttpStatus.OK_200 : HttpStatus.BAD_REQUEST_400;
        Responses.send(response, callback, status, Responses.HTML, view.form(form, step, problems, note));
    }
}
