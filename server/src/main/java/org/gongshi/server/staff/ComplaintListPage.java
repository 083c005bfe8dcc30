package org.gongshi.server.staff;

import org.gongshi.server.BeijingTime;
import org.gongshi.server.Html;
import org.gongshi.server.store.Complaint;
import org.gongshi.server.store.ComplaintKind;
import org.gongshi.server.store.ComplaintStatus;

import java.util.List;
import java.util.Map;

/** The desk's list of complaints: filters, a table newest first, and pages of {@value ListQuery#PAGE_SIZE}. */
final class ComplaintListPage {

    /** Enough of a description to tell complaints apart in the table. */
    static final int SUMMARY_LENGTH = 40;

    private final StaffPages pages;

    ComplaintListPage(StaffPages pages) {
        this.pages = pages;
    }

    /**
     * @param counts per status, within the query's kind and project
     */
    String render(StaffSession session, ListQuery query, List<Complaint> complaints,
                  Map<ComplaintStatus, Integer> counts) {
        int total = query.status().map(counts::get)
                .orElseGet(() -> counts.values().stream().mapToInt(Integer::intValue).sum());
        int lastPage = Math.max(1, (total + ListQuery.PAGE_SIZE - 1) / ListQuery.PAGE_SIZE);
        StringBuilder main = new StringBuilder(16_384).append("<h1>举报列表</h1>\n");
        filterForm(main, query, counts, total);

        int first = (query.page() - 1) * ListQuery.PAGE_SIZE + 1;
        if (complaints.isEmpty()) {
            main.append("<p class=\"no-results\">").append(total == 0 ? "没有符合条件的举报。" : "这一页没有举报。")
                    .append("</p>\n");
        } else {
            main.append("<p class=\"result-count\">共 ").append(total).append(" 件，本页第 ").append(first)
                    .append("–").append(first + complaints.size() - 1).append(" 件</p>\n");
            table(main, complaints);
        }
        pager(main, query, lastPage);
        return pages.render("举报列表", session, main.toString());
    }

    private static void filterForm(StringBuilder main, ListQuery query, Map<ComplaintStatus, Integer> counts,
                                   int total) {
        main.append("<form class=\"staff-filter\" method=\"get\" action=\"/staff/complaints\">\n")
                .append("<label for=\"f-status\">状态</label> <select id=\"f-status\" name=\"status\">")
                .append("<option value=\"\">全部状态</option>");
        for (ComplaintStatus status : ComplaintStatus.values()) {
            main.append("<option value=\"").append(status.name()).append('"')
                    .append(query.status().filter(status::equals).isPresent() ? " selected" : "").append('>')
                    .append(status.label()).append("（").append(counts.get(status)).append("）</option>");
        }
        main.append("</select>\n<label for=\"f-kind\">类型</label> <select id=\"f-kind\" name=\"kind\">")
                .append("<option value=\"\">全部类型</option>");
        for (ComplaintKind kind : ComplaintKind.values()) {
            main.append("<option value=\"").append(kind.formValue()).append('"')
                    .append(query.kind().filter(kind::equals).isPresent() ? " selected" : "").append('>')
                    .append(kind.label()).append("</option>");
        }
        main.append("</select>\n<label for=\"f-project\">项目编号</label> ")
                .append("<input id=\"f-project\" type=\"text\" name=\"project\" value=\"")
                .append(Html.escape(query.project())).append("\">\n")
                .append("<button type=\"submit\">筛选</button> <a href=\"/staff/complaints\">清除筛选</a>\n</form>\n");
    }

    private static void table(StringBuilder main, List<Complaint> complaints) {
        main.append("<div class=\"table-scroll\"><table class=\"ledger staff-complaints\">\n<thead><tr>")
                .append("<th scope=\"col\">编号</th><th scope=\"col\">收到时间</th><th scope=\"col\">项目</th><th scope=\"col\">类型</th><th scope=\"col\">状态</th><th scope=\"col\">内容摘要</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (Complaint c : complaints) {
            main.append("<tr><td><a href=\"/staff/complaints/").append(c.id()).append("\">").append(c.id())
                    .append("</a></td><td>").append(BeijingTime.MINUTE.format(c.received()))
                    .append("</td><td>").append(c.project().isEmpty() ? "—" : Html.escape(c.project()))
                    .append("</td><td>").append(c.kind().label())
                    .append("</td><td>").append(c.status().label())
                    .append("</td><td>").append(Html.escape(summary(c.description())))
                    .append("</td></tr>\n");
        }
        main.append("</tbody></table></div>\n");
    }

    private static void pager(StringBuilder main, ListQuery query, int lastPage) {
        if (lastPage == 1 && query.page() == 1) {
            return;
        }
        main.append("<nav class=\"pager\" aria-label=\"分页\">");
        if (query.page() > 1) {
            main.append("<a href=\"").append(query.href(Math.min(query.page() - 1, lastPage))).append("\">上一页</a>");
        }
        main.append("<span>第 ").append(query.page()).append(" 页，共 ").append(lastPage).append(" 页</span>");
        if (query.page() < lastPage) {
            main.append("<a href=\"").append(query.href(query.page() + 1)).append("\">下一页</a>");
        }
        main.append("</nav>\n");
    }

    /** The first characters on one line, cut at a whole character (never half of a surrogate pair). */
    static String summary(String description) {
        String line = description.replaceAll("\\s+", " ").strip();
        if (line.codePointCount(0, line.length()) <= SUMMARY_LENGTH) {
            return line;
        }
        return line.substring(0, line.offsetByCodePoints(0, SUMMARY_LENGTH)) + "…";
    }
}
