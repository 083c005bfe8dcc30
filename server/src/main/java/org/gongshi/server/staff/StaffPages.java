package org.gongshi.server.staff;

import org.gongshi.server.Html;
import org.gongshi.server.PageShell;

/**
 * What every desk page shares: the frame with who is logged in and a logout button, the login page and the
 * refusal page. Every value from a person or the database goes through {@link Html#escape}.
 */
final class StaffPages {

    private final PageShell shell;

    StaffPages(PageShell shell) {
        this.shell = shell;
    }

    /** A page for a logged-in member of staff. */
    String render(String title, StaffSession session, String main) {
        String bar = "<div class=\"staff-bar\"><p class=\"muted\">办理工作台 · 当前登录：" + Html.escape(session.staff())
                + " · <a href=\"/staff/complaints\">举报列表</a></p>\n"
                + "<form class=\"logout-form\" method=\"post\" action=\"/staff/logout\">" + csrfField(session)
                + "<button type=\"submit\">退出登录</button></form></div>\n";
        return shell.render(title, bar + main);
    }

    /**
     * @param name    what was typed, kept after a failed attempt
     * @param problem "" on first showing
     */
    String login(String name, String problem) {
        StringBuilder main = new StringBuilder("<h1>办理工作台登录</h1>\n");
        if (!problem.isEmpty()) {
            main.append("<div class=\"form-problems\" role=\"alert\"><p>").append(Html.escape(problem))
                    .append("</p></div>\n");
        }
        main.append("<form class=\"hotline-form login-form\" method=\"post\" action=\"/staff/login\"")
                .append(" accept-charset=\"UTF-8\">\n")
                .append("<div class=\"field\"><label for=\"f-name\">用户名</label>")
                .append("<input id=\"f-name\" type=\"text\" name=\"name\" autocomplete=\"username\" required value=\"")
                .append(Html.escape(name)).append("\"></div>\n")
                .append("<div class=\"field\"><label for=\"f-password\">密码</label>")
                .append("<input id=\"f-password\" type=\"password\" name=\"password\"")
                .append(" autocomplete=\"current-password\" required></div>\n")
                .append("<p><button type=\"submit\">登录</button></p>\n</form>\n")
                .append("<p class=\"muted\">本页面仅供举报办理工作人员使用。账号由管理员用 gongshi staff add 创建；")
                .append("忘记密码请联系管理员。</p>\n");
        return shell.render("办理工作台登录", main.toString());
    }

    /** A 403 page that says what to do next; nothing the request asked for was done. */
    String refused(String message) {
        String main = "<h1>无法完成操作</h1>\n<p class=\"error-explanation\">" + Html.escape(message) + "</p>\n"
                + "<p><a href=\"/staff\">返回办理工作台</a></p>\n";
        return shell.render("无法完成操作", main);
    }

    static String csrfField(StaffSession session) {
        return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.escape(session.csrf()) + "\">";
    }
}
