package org.gongshi.server;

import java.util.List;
import java.util.Optional;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import org.gongshi.server.hotline.Hotlines;

/**
 * What every server form shares, the hotline's and the staff desk's: reading a text field as it will be kept,
 * and naming problems so that the form comes back with what was typed and what to fix.
 */
public final class Forms {

    private Forms() {
    }

    /**
     * The posted fields, or empty when the body is not form encoding (a "%" without two hex digits, bytes that are
     * not UTF-8, more fields than allowed): no browser sends that, and Jetty's exception for it would otherwise
     * answer a sender's mistake with a server error.
     */
    public static Optional<Fields> read(Request request, int maxFields) {
        try {
            return Optional.of(FormFields.getFields(request, maxFields, Hotlines.BODY_LIMIT));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /**
     * "" when absent; line breaks as LF (browsers send CRLF but count one character against maxlength);
     * without the C0 controls browsers never send in good faith (tab and line feed stay).
     */
    public static String text(Fields fields, String name) {
        String value = fields.getValue(name);
        return value == null ? ""
                : value.replace("\r\n", "\n").replaceAll("[\\x00-\\x08\\x0B-\\x1F\\x7F]", "");
    }

    /** Every problem above the form, each a link to its field ({@code id="f-FIELD"}); "" when none. */
    public static String problemList(List<FormProblem> problems) {
        if (problems.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<div class=\"form-problems\" role=\"alert\"><p>还有 ")
                .append(problems.size()).append(" 处需要修改：</p><ul>");
        for (FormProblem p : problems) {
            html.append("<li><a href=\"#f-").append(p.field()).append("\">").append(Html.escape(p.message()))
                    .append("</a></li>");
        }
        return html.append("</ul></div>\n").toString();
    }

    /** The problems of one field, shown beside it. */
    public static String fieldProblems(List<FormProblem> problems, String field) {
        StringBuilder out = new StringBuilder();
        for (FormProblem p : problems) {
            if (p.field().equals(field)) {
                out.append("<span class=\"field-problem\">").append(Html.escape(p.message())).append("</span>");
            }
        }
        return out.toString();
    }

    /** A row of a facts table: header literal, value escaped. */
    public static void factRow(StringBuilder html, String header, String value) {
        html.append("<tr><th scope=\"row\">").append(header).append("</th><td>").append(Html.escape(value)).append("</td></tr>\n");
    }
}
