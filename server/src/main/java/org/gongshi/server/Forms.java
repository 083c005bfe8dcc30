package org.gongshi.server;

import org.eclipse.jetty.util.Fields;

import java.util.List;

/**
 * What every server form shares, the hotline's and the staff desk's: reading a text field as it will be kept,
 * and naming problems so that the form comes back with what was typed and what to fix.
 */
public final class Forms {

    private Forms() {
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
