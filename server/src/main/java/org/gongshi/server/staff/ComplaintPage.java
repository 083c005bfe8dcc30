package org.gongshi.server.staff;

import org.gongshi.server.BeijingTime;
import org.gongshi.server.FormProblem;
import org.gongshi.server.Forms;
import org.gongshi.server.Html;
import org.gongshi.server.store.Complaint;
import org.gongshi.server.store.ComplaintEvent;
import org.gongshi.server.store.ComplaintStatus;

import java.util.List;

/** One complaint on the desk: everything filed, the contact phone, the change log, and the change form. */
final class ComplaintPage {

    private final StaffPages pages;

    ComplaintPage(StaffPages pages) {
        this.pages = pages;
    }

    /**
     * @param phone    the unsealed contact phone, "" when none was given
     * @param form     what the change form shows: the current state, or what was typed
     * @param problems what was wrong with the typed form; empty on first showing
     */
    String render(StaffSession session, Complaint complaint, String phone, List<ComplaintEvent> events,
                  ChangeForm form, List<FormProblem> problems) {
        String title = "举报 " + complaint.id();
        StringBuilder main = new StringBuilder(8192).append("<h1>").append(title).append("</h1>\n");
        facts(main, complaint, phone);

        main.append("<h2>举报内容</h2>\n<div class=\"complaint-text\">\n");
        paragraphs(main, complaint.description());
        main.append("</div>\n<h2>公开答复</h2>\n");
        text(main, complaint.publicReply(), "尚未答复。");
        main.append("<h2>内部备注</h2>\n");
        text(main, complaint.internalNote(), "无。");

        main.append("<h2>办理记录</h2>\n");
        log(main, events);
        changeForm(main, session, complaint, form, problems);
        main.append("<p><a href=\"/staff/complaints\">返回举报列表</a></p>\n");
        return pages.render(title, session, main.toString());
    }

    private static void facts(StringBuilder main, Complaint c, String phone) {
        main.append("<table class=\"facts\">\n");
        Forms.factRow(main, "编号", String.valueOf(c.id()));
        Forms.factRow(main, "收到时间", BeijingTime.MINUTE.format(c.received()));
        Forms.factRow(main, "项目", c.project().isEmpty() ? "未填写" : c.project());
        Forms.factRow(main, "类型", c.kind().label());
        Forms.factRow(main, "状态", c.status().label());
        if (c.anonymous()) {
            Forms.factRow(main, "联系电话", "匿名");
        } else if (phone.isEmpty()) {
            Forms.factRow(main, "联系电话", "未留电话");
        } else {
            main.append("<tr><th scope=\"row\">联系电话</th><td><a href=\"tel:").append(Html.escape(phone)).append("\">")
                    .append(Html.escape(phone)).append("</a></td></tr>\n");
        }
        Forms.factRow(main, "最后更新", BeijingTime.MINUTE.format(c.updated()));
        c.closed().ifPresent(closed -> Forms.factRow(main, "办结时间", BeijingTime.MINUTE.format(closed)));
        main.append("</table>\n");
    }

    private static void log(StringBuilder main, List<ComplaintEvent> events) {
        if (events.isEmpty()) {
            main.append("<p class=\"muted\">还没有办理记录。</p>\n");
            return;
        }
        main.append("<div class=\"table-scroll\"><table class=\"ledger change-log\">\n<thead><tr>")
                .append("<th scope=\"col\">时间</th><th scope=\"col\">办理人</th><th scope=\"col\">原状态</th><th scope=\"col\">新状态</th><th scope=\"col\">公开答复</th><th scope=\"col\">内部备注</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (ComplaintEvent e : events) {
            main.append("<tr><td>").append(BeijingTime.MINUTE.format(e.at()))
                    .append("</td><td>").append(Html.escape(e.staff()))
                    .append("</td><td>").append(e.from().label())
                    .append("</td><td>").append(e.to().label())
                    .append("</td><td>").append(Html.escape(e.publicReply()))
                    .append("</td><td>").append(Html.escape(e.internalNote()))
                    .append("</td></tr>\n");
        }
        main.append("</tbody></table></div>\n");
    }

    private static void changeForm(StringBuilder main, StaffSession session, Complaint complaint, ChangeForm form,
                                   List<FormProblem> problems) {
        main.append("<h2>办理</h2>\n").append(Forms.problemList(problems))
                .append("<form class=\"hotline-form change-form\" method=\"post\" action=\"/staff/complaints/")
                .append(complaint.id()).append("\" accept-charset=\"UTF-8\">\n")
                .append(StaffPages.csrfField(session)).append('\n')
                .append("<div class=\"field\"><label for=\"f-status\">办理状态</label>")
                .append(Forms.fieldProblems(problems, "status"))
                .append("<select id=\"f-status\" name=\"status\">");
        for (ComplaintStatus status : ChangeForm.targets()) {
            main.append("<option value=\"").append(status.name()).append('"')
                    .append(status.name().equals(form.status()) ? " selected" : "").append('>')
                    .append(status.label()).append("</option>");
        }
        main.append("</select></div>\n")
                .append("<p class=\"warn\" id=\"f-reply-warning\">")
                .append("公开答复会发布在网站上，请勿写入举报人身份、电话等个人信息</p>\n")
                .append("<div class=\"field\"><label for=\"f-reply\">公开答复（不超过 ").append(ChangeForm.MAX_TEXT)
                .append(" 字）</label>").append(Forms.fieldProblems(problems, "reply"))
                .append("<textarea id=\"f-reply\" name=\"reply\" rows=\"6\" aria-describedby=\"f-reply-warning\"")
                .append(" maxlength=\"").append(ChangeForm.MAX_TEXT).append("\">").append(Html.escape(form.reply()))
                .append("</textarea></div>\n")
                .append("<div class=\"field\"><label for=\"f-note\">内部备注（仅工作人员可见，不超过 ")
                .append(ChangeForm.MAX_TEXT).append(" 字）</label>").append(Forms.fieldProblems(problems, "note"))
                .append("<textarea id=\"f-note\" name=\"note\" rows=\"4\" maxlength=\"").append(ChangeForm.MAX_TEXT)
                .append("\">").append(Html.escape(form.note())).append("</textarea></div>\n")
                .append("<p class=\"muted\">办结或不予受理时须填写公开答复。")
                .append("每次保存都记入办理记录（办理人、时间、原状态、新状态）。</p>\n")
                .append("<p><button type=\"submit\">保存</button></p>\n</form>\n");
    }

    /** Line by line, so that the line breaks people typed survive without any style rule. */
    private static void paragraphs(StringBuilder main, String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                main.append("<p>").append(Html.escape(line)).append("</p>\n");
            }
        }
    }

    private static void text(StringBuilder main, String text, String none) {
        if (text.isEmpty()) {
            main.append("<p class=\"muted\">").append(none).append("</p>\n");
        } else {
            main.append("<div class=\"staff-text\">\n");
            paragraphs(main, text);
            main.append("</div>\n");
        }
    }
}
