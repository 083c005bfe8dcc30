package org.gongshi.server.hotline;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.gongshi.server.PageShell;
import org.gongshi.server.Responses;

import java.time.Clock;
import java.util.Optional;

/** {@code /hotline/receipt}: shows the receipt code the sealed cookie carries, in the browser that filed. */
public final class ReceiptHandler extends Handler.Abstract {

    private final Hotline hotline;
    private final HotlineView view;
    private final Clock clock;

    public ReceiptHandler(Hotline hotline, PageShell shell, Clock clock) {
        this.hotline = hotline;
        this.view = new HotlineView(shell);
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!Request.getPathInContext(request).equals("/hotline/receipt")) {
            return false;
        }
        Hotlines.noStore(response);
        if (Responses.rejectUnlessRead(request, response, callback)) {
            return true;
        }
        Optional<String> code = Request.getCookies(request).stream()
                .filter(c -> c.getName().equals(HotlineFormHandler.RECEIPT_COOKIE))
                .map(HttpCookie::getValue)
                .map(value -> hotline.receiptFromCookie(value, clock.instant()))
                .flatMap(Optional::stream)
                .findFirst();
        Responses.send(response, callback, HttpStatus.OK_200, Responses.HTML,
                code.map(view::receipt).orElseGet(view::noReceipt));
        return true;
    }
}
