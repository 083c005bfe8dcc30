package org.gongshi.server.staff;

import java.time.Duration;
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
import org.gongshi.server.guard.Limits;
import org.gongshi.server.guard.PostGuard;
import org.gongshi.server.guard.RateLimiter;

/**
 * {@code GET /staff}: the login form, or on to the list when already logged in. {@code POST /staff/login}:
 * checks the password. Guessing is throttled twice: attempts per client address, and failures per account
 * name — counted for unknown names too, and checked before the password, so neither the answer nor its
 * timing tells which names exist.
 */
public final class LoginHandler extends Handler.Abstract {

    static final String WRONG = "用户名或密码不正确。";
    /** The staff table's name column. */
    private static final int MAX_NAME = 64;

    private final StaffDesk desk;
    private final StaffPages pages;
    private final PostGuard guard;
    private final RateLimiter attemptsPerIp;
    private final RateLimiter failuresPerAccount;

    public LoginHandler(StaffDesk desk, PageShell shell, PostGuard guard, Limits limits) {
        this.desk = desk;
        this.pages = new StaffPages(shell);
        this.guard = guard;
        this.attemptsPerIp = new RateLimiter(limits.loginsPerIp());
        this.failuresPerAccount = new RateLimiter(limits.loginsPerAccount());
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String path = Request.getPathInContext(request);
        if (path.equals("/staff/login")) {
            if (HttpMethod.POST.is(request.getMethod())) {
                logIn(request, response, callback);
            } else {
                // Reached by typing the address, or by reloading after a failed attempt.
                Responses.seeOther(response, callback, "/staff");
            }
            return true;
        }
        if (!path.equals("/staff") && !path.equals("/staff/")) {
            return false;
        }
        if (Responses.rejectUnlessRead(request, response, callback)) {
            return true;
        }
        if (desk.sessions().current(request).isPresent()) {
            Responses.seeOther(response, callback, "/staff/complaints");
        } else {
            Responses.send(response, callback, HttpStatus.OK_200, Responses.HTML, pages.login("", ""));
        }
        return true;
    }

    private void logIn(Request request, Response response, Callback callback) throws Exception {
        String client = PostGuard.clientAddress(request);
        if (!guard.admit(request, response, callback)
                || !PostGuard.withinLimit(request, response, callback, attemptsPerIp, client)) {
            return;
        }
        Optional<Fields> posted = Forms.read(request, 5);
        if (posted.isEmpty()) {
            Responses.send(response, callback, HttpStatus.BAD_REQUEST_400, Responses.HTML,
                    pages.login("", "提交的内容无法识别，请重新输入账号和密码。"));
            return;
        }
        Fields fields = posted.get();
        String name = Forms.text(fields, "name").strip();
        String password = Optional.ofNullable(fields.getValue("password")).orElse("");
        // No account name is longer; the limiter remembers many keys, and a key need not be a 60 KB body.
        String account = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
        Optional<Duration> wait = failuresPerAccount.waitFor(account);
        if (wait.isPresent()) {
            PostGuard.tooMany(request, response, callback, wait.get());
            return;
        }
        if (!desk.passwordMatches(name, password)) {
            failuresPerAccount.acquire(account);
            // 400: the form comes back with its problem named, as every form of the site does.
            Responses.send(response, callback, HttpStatus.BAD_REQUEST_400, Responses.HTML, pages.login(name, WRONG));
            return;
        }
        // Always a new token, never one the browser brought along: no one can plant a session to share.
        desk.sessions().start(name, response);
        Responses.seeOther(response, callback, "/staff/complaints");
    }
}
