package org.gongshi.server.hotline;

import org.gongshi.server.BeijingTime;
import org.gongshi.server.FormProblem;
import org.gongshi.server.Forms;
import org.gongshi.server.Html;
import org.gongshi.server.PageShell;
import org.gongshi.server.store.Complaint;
import org.gongshi.server.store.ComplaintEvent;
import org.gongshi.server.store.ComplaintKind;

import java.util.List;

/** The hotline's pages. Every value from a person or the database goes through {@link Html#escape}. */
final class HotlineView {

    /** What brought the form up. */
    enum Step {
        /** A fresh form. */
        FILL,
        /** Sent once (from a static page, or too quickly): shown again to check and confirm. */
        CONFIRM,
        /** Sent with problems. */
        FIX
    }

    private final PageShell shell;

    HotlineView(PageShell shell) {
        this.shell = shell;
    }

    String form(ComplaintForm form, Step step, List<FormProblem> problems, String note) {
        StringBuilder main = new StringBuilder(4096);
        String title = switch (step) {
            case FILL -> "网上监督举报";
            case CONFIRM -> "请核对举报内容";
            case FIX -> "请修改后再提交";
        };
        main.append("<h1>").append(title).append("</h1>\n");
        if (step == Step.CONFIRM) {
            main.append("<p class=\"lead\">请核对下面的内容，确认无误后点“确认提交”。需要修改可以直接改。</p>\n");
        } else if (step == Step.FILL) {
            main.append("<p class=\"lead\">对以工代赈项目的用工、劳务报酬发放、公示信息或工程质量有疑问，可以在这里举报。")
                    .append("可以匿名。提交后会得到受理编号，凭编号查询办理进度。</p>\n");
        }
        if (!note.isEmpty()) {
            main.append("<p class=\"form-note\" role=\"status\">").append(Html.escape(note)).append("</p>\n");
        }
        main.append(Forms.problemList(problems));
        main.append("<form class=\"hotline-form\" method=\"post\" action=\"/hotline\" accept-charset=\"UTF-8\">\n")
                .append("<input type=\"hidden\" name=\"token\" value=\"").append(Html.escape(form.token())).append("\">\n");

        // The same markup as the static site's form (templates/hotline-form.ftl), so one stylesheet serves both.
        main.append("<div class=\"field\"><label for=\"f-project\">项目编号或名称（可不填）</label>")
                .append(Forms.fieldProblems(problems, "project"))
                .append("<input id=\"f-project\" type=\"text\" name=\"project\" maxlength=\"")
                .append(ComplaintForm.MAX_PROJECT).append("\" value=\"").append(Html.escape(form.project()))
                .append("\"></div>\n");

        main.append("<fieldset class=\"field\" id=\"f-kind\"><legend>举报事项（必选）</legend>")
                .append(Forms.fieldProblems(problems, "kind"));
        for (ComplaintKind kind : ComplaintKind.values()) {
            String id = "f-kind-" + kind.formValue();
            main.append("<div class=\"choice\"><input type=\"radio\" name=\"kind\" required id=\"").append(id)
                    .append("\" value=\"").append(kind.formValue()).append("\"")
                    .append(kind.formValue().equals(form.kind()) ? " checked" : "")
                    .append("> <label for=\"").append(id).append("\">").append(kind.label()).append("</label></div>");
        }
        main.append("</fieldset>\n");

        main.append("<div class=\"field\"><label for=\"f-description\">举报内容（不超过 ")
                .append(ComplaintForm.MAX_DESCRIPTION).append(" 字）</label>").append(Forms.fieldProblems(problems, "description"))
                .append("<textarea id=\"f-description\" name=\"description\" rows=\"8\" required maxlength=\"")
                .append(ComplaintForm.MAX_DESCRIPTION).append("\">")
                .append(Html.escape(form.description())).append("</textarea></div>\n");

        main.append("<div class=\"field\"><label for=\"f-phone\">联系电话（可不填，仅办理人员可见，不会公开）</label>")
                .append(Forms.fieldProblems(problems, "phone"))
                .append("<input id=\"f-phone\" type=\"tel\" name=\"phone\" autocomplete=\"tel\" value=\"")
                .append(Html.escape(form.phone())).append("\"></div>\n");

        main.append("<div class=\"field choice\"><input id=\"f-anonymous\" type=\"checkbox\" name=\"anonymous\" value=\"1\"")
                .append(form.anonymous() ? " checked" : "")
                .append("> <label for=\"f-anonymous\">匿名举报（不留联系方式）</label></div>\n");

        // Hidden from people by the stylesheet, not by display:none, which some scripts know to skip.
        main.append("<div class=\"hp\" aria-hidden=\"true\"><label for=\"f-website\">请勿填写此项</label>")
                .append(Forms.fieldProblems(problems, ComplaintForm.HONEYPOT))
                .append("<input id=\"f-website\" type=\"text\" name=\"").append(ComplaintForm.HONEYPOT)
                .append("\" tabindex=\"-1\" autocomplete=\"off\" value=\"").append(Html.escape(form.honeypot()))
                .append("\"></div>\n");

        main.append("<button type=\"submit\">").append(step == Step.FILL ? "提交举报" : "确认提交")
                .append("</button>\n</form>\n")
                .append("<p class=\"muted\">联系电话加密保存，只有办理人员能看到。举报人的身份和举报内容不会公开；")
                .append("网站只公布各项目的举报件数、办理结果和公开答复。</p>\n")
                .append("<p><a href=\"/hotline/status\">查询办理进度</a></p>\n");
        if (!shell.phoneLine().isEmpty()) {
            main.append("<p>").append(shell.phoneLine()).append("</p>\n");
        }
        return shell.render(title, main.toString());
    }

    String receipt(String code) {
        String main = "<h1>举报已收到</h1>\n"
                + "<p class=\"lead\">您的受理编号是：</p>\n"
                + "<p class=\"receipt-code\">" + ReceiptCode.grouped(code) + "</p>\n"
                + "<p><strong>请抄下或截图保存这个编号。</strong>它只在这里显示一次，网站不保存编号本身，无法找回。</p>\n"
                + "<h2>接下来</h2>\n<ol>\n"
                + "<li>工作人员会审核您的举报，受理后开始核查办理。</li>\n"
                + "<li>凭受理编号可以随时查询办理进度和答复。</li>\n"
                + "<li>办结后，答复会公开在项目页面上（不公开您的身份和举报原文）。</li>\n</ol>\n"
                + statusForm(code)
                + (shell.phoneLine().isEmpty() ? "" : "<p>情况紧急请拨打" + shell.phoneLine() + "</p>\n");
        return shell.render("举报已收到", main);
    }

    String noReceipt() {
        String main = "<h1>没有可显示的受理编号</h1>\n"
                + "<p>受理编号只在提交后的半小时内、在提交用的浏览器里显示。如果您已经记下编号，可以查询办理进度：</p>\n"
                + statusForm("")
                + "<p><a href=\"/hotline\">提交新的举报</a></p>\n";
        return shell.render("没有可显示的受理编号", main);
    }

    String statusPage(String typed, String problem) {
        StringBuilder main = new StringBuilder("<h1>查询举报办理进度</h1>\n");
        if (!problem.isEmpty()) {
            main.append("<div class=\"form-problems\" role=\"alert\"><p>").append(Html.escape(problem))
                    .append("</p></div>\n");
        }
        main.append(statusForm(typed));
        return shell.render("查询举报办理进度", main.toString());
    }

    /** Posts the code: a receipt code must never stand in a URL, where logs and browser history keep it. */
    private static String statusForm(String code) {
        return "<form class=\"status-form\" method=\"post\" action=\"/hotline/status\" accept-charset=\"UTF-8\">"
                + "<p><label for=\"f-receipt\">受理编号（16 位数字）</label>"
                + "<input id=\"f-receipt\" type=\"text\" name=\"receipt\" inputmode=\"numeric\" autocomplete=\"off\""
                + " required value=\"" + Html.escape(code.length() == ReceiptCode.DIGITS ? ReceiptCode.grouped(code) : code)
                + "\"></p><p><button type=\"submit\">查询办理进度</button></p></form>\n";
    }

    String status(String code, Complaint complaint, List<ComplaintEvent> events) {
        StringBuilder main = new StringBuilder("<h1>举报办理进度</h1>\n<table class=\"facts\">\n");
        Forms.factRow(main, "受理编号", ReceiptCode.grouped(code));
        Forms.factRow(main, "当前状态", complaint.status().label());
        Forms.factRow(main, "举报类型", complaint.kind().label());
        if (!complaint.project().isEmpty()) {
            Forms.factRow(main, "项目", complaint.project());
        }
        Forms.factRow(main, "收到时间", BeijingTime.MINUTE.format(complaint.received()));
        complaint.closed().ifPresent(closed -> Forms.factRow(main, "办结时间", BeijingTime.DAY.format(closed)));
        main.append("</table>\n");
        if (!complaint.publicReply().isEmpty()) {
            main.append("<h2>答复</h2>\n<p class=\"reply\">").append(Html.escape(complaint.publicReply()))
                    .append("</p>\n");
        }
        main.append("<h2>办理经过</h2>\n<ol class=\"history\">\n<li>")
                .append(BeijingTime.MINUTE.format(complaint.received())).append(" 收到举报</li>\n");
        for (ComplaintEvent event : events) {
            if (event.from() != event.to()) {
                main.append("<li>").append(BeijingTime.MINUTE.format(event.at())).append(' ').append(event.to().label())
                        .append("</li>\n");
            }
        }
        main.append("</ol>\n<p><a href=\"/hotline/status\">查询其他编号</a></p>\n");
        return shell.render("举报办理进度", main.toString());
    }
}
