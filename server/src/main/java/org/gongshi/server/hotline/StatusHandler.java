package org.gongshi.server.hotline;

import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.gongshi.server.Forms;
import org.gongshi.server.PageShell;
import org.gongshi.server.Responses;
import org.gongshi.server.guard.PostGuard;
import org.gongshi.server.store.Complaint;

/** {@code /hotline/status}: GET shows the lookup form; POST, with the receipt code in the body, the status. */
public final class StatusHandler extends Handler.Abstract {

    private final Hotline hotline;
    private final HotlineView view;
    private final PostGuard guard;

    public StatusHandler(Hotline hotline, PageShell shell, PostGuard guard) {
        this.hotline = hotline;
        this.view = new HotlineView(shell);
        this.guard = guard;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (!Request.getPathInContext(request).equals("/hotline/status")) {
            return false;
        }
        Hotlines.noStore(response);
        if (HttpMethod.POST.is(request.getMethod())) {
            if (guard.admit(request, response, callback)) {
                lookUp(request, response, callback);
            }
            return true;
        }
        if (!Responses.rejectUnlessReadOrPost(request, response, callback)) {
            Responses.send(response, callback, HttpStatus.OK_200, Responses.HTML, view.statusPage("", ""));
        }
        return true;
    }

    private void lookUp(Request request, Response response, Callback callback) throws Exception {
        Optional<Fields> fields = Forms.read(request, 5);
        if (fields.isEmpty()) {
            Responses.send(response, callback, HttpStatus.BAD_REQUEST_400, Responses.HTML,
                    view.statusPage("", "提交的内容无法识别，请在下面重新输入受理编号。"));
            return;
        }
        String typed = Objects.requireNonNullElse(fields.get().getValue("receipt"), "").strip();
        Optional<String> code = ReceiptCode.parse(typed);
        if (code.isEmpty()) {
            Responses.send(response, callback, HttpStatus.BAD_REQUEST_400, Responses.HTML,
                    view.statusPage(typed, "受理编号是 16 位数字，请核对后再查询。"));
            return;
        }
        Optional<Complaint> complaint = hotline.lookup(code.get());
        if (complaint.isEmpty()) {
            Responses.send(response, callback, HttpStatus.NOT_FOUND_404, Responses.HTML,
                    view.statusPage(typed, "没有找到这个受理编号的举报，请核对编号。"));
            return;
        }
        Responses.send(response, callback, HttpStatus.OK_200, Responses.HTML,
                view.status(code.get(), complaint.get(), hotline.events(complaint.get())));
    }
}
