package org.gongshi.server.hotline;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.util.Attributes;
import org.eclipse.jetty.util.Fields;
import org.gongshi.server.FormProblem;
import org.gongshi.server.Forms;
import org.gongshi.server.store.ComplaintKind;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The complaint form as a person filled it in, kept exactly as typed so that any problem sends the form
 * back with their text intact. Field names are the contract with the static site's form
 * ({@code templates/}): project, kind, description, phone, anonymous, website (the honeypot) and token.
 */
record ComplaintForm(String project, String kind, String description, String phone, boolean anonymous,
                     String honeypot, String token) {

    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_PROJECT = 100;
    static final String HONEYPOT = "website";
    /** The form has seven fields; a body with many more is not this form. */
    static final int MAX_FIELDS = 20;
    static final FormProblem UNREADABLE = new FormProblem("description",
            "没能读出提交的内容（表单编码有误），请重新填写举报内容后再提交。");

    /** What a POST brought: the form as typed and every problem with it, or an empty form that could not be read. */
    record Posted(ComplaintForm form, List<FormProblem> problems) {
        Posted {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Reads a posted body. One that is not form encoding (a "%" without two hex digits, bytes that are not
     * UTF-8, more fields than the form has) comes from no browser; Jetty throws for it, which would answer a
     * sender's mistake as a server error, so it becomes a problem to show beside an empty form instead.
     *
     * @param charset the body's charset, as {@link FormFields#getFormEncodedCharset} finds it; null when the
     *                body is not form-encoded at all, which reads as an empty form
     */
    static Posted read(Content.Source body, Attributes attributes, Charset charset) {
        Fields fields;
        try {
            fields = FormFields.getFields(body, attributes, charset, MAX_FIELDS, Hotlines.BODY_LIMIT);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return new Posted(blank(""), List.of(UNREADABLE));
        }
        ComplaintForm form = from(fields);
        return new Posted(form, form.problems());
    }

    private static ComplaintForm from(Fields fields) {
        return new ComplaintForm(
                Forms.text(fields, "project").strip(),
                Forms.text(fields, "kind"),
                Forms.text(fields, "description"),
                Forms.text(fields, "phone").strip(),
                "1".equals(fields.getValue("anonymous")),
                Forms.text(fields, HONEYPOT),
                fields.getValue("token") == null ? "" : fields.getValue("token"));
    }

    /** An empty form, with the project filled in when the person came from a project's page. */
    static ComplaintForm blank(String project) {
        return new ComplaintForm(project, "", "", "", false, "", "");
    }

    ComplaintForm withToken(String newToken) {
        return new ComplaintForm(project, kind, description, phone, anonymous, honeypot, newToken);
    }

    Optional<ComplaintKind> complaintKind() {
        return ComplaintKind.fromForm(kind);
    }

    /** Every problem at once, in the order the fields appear. */
    List<FormProblem> problems() {
        List<FormProblem> problems = new ArrayList<>();
        if (project.codePointCount(0, project.length()) > MAX_PROJECT) {
            problems.add(new FormProblem("project", "项目编号或名称不能超过 " + MAX_PROJECT + " 字。"));
        }
        if (complaintKind().isEmpty()) {
            problems.add(new FormProblem("kind", "请选择举报类型。"));
        }
        int length = description.codePointCount(0, description.length());
        if (description.isBlank()) {
            problems.add(new FormProblem("description", "请填写举报内容。"));
        } else if (length > MAX_DESCRIPTION) {
            problems.add(new FormProblem("description", "举报内容有 " + length + " 字，超过了 " + MAX_DESCRIPTION
                    + " 字的上限，请删减 " + (length - MAX_DESCRIPTION) + " 字后再提交。您填写的内容保留在下面。"));
        }
        if (!phone.isEmpty()) {
            if (anonymous) {
                problems.add(new FormProblem("phone", "您选择了匿名举报，请删除联系电话；如希望工作人员联系您，请取消匿名。"));
            } else if (!phone.matches("\\+?[0-9][0-9 \\-]{5,22}")) {
                problems.add(new FormProblem("phone", "联系电话只能包含数字、空格和“-”，例如 13800000000 或 0391-5550100。"));
            }
        }
        if (!honeypot.isEmpty()) {
            problems.add(new FormProblem(HONEYPOT, "请清空“请勿填写此项”一栏后再提交。"));
        }
        return problems;
    }
}
