package org.gongshi.server;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code /P/{CODE}}: the upper-case address in a signboard's QR code (QR alphanumeric mode has no lower case,
 * and it makes the code smaller and easier to scan). Answers 301 to the notice {@code /p/{CODE}/}.
 */
public final class ShortUrlHandler extends Handler.Abstract {

    private static final Pattern SHORT_URL = Pattern.compile("/P/(\\d{4}(?:-[A-Z0-9]+)+)/?");

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Matcher m = SHORT_URL.matcher(Request.getPathInContext(request));
        if (!m.matches()) {
            return false;
        }
        if (!Responses.rejectUnlessRead(request, response, callback)) {
            Responses.movedPermanently(response, callback, "/p/" + m.group(1) + "/");
        }
        return true;
    }
}
