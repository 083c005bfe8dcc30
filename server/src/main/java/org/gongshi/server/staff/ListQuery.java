package org.gongshi.server.staff;

import org.eclipse.jetty.util.Fields;
import org.gongshi.server.Html;
import org.gongshi.server.store.ComplaintFilter;
import org.gongshi.server.store.ComplaintKind;
import org.gongshi.server.store.ComplaintStatus;

import java.util.Optional;

/**
 * What the complaint list was asked for: {@code ?status=&kind=&project=&page=}. A value the desk's own form
 * would not send (an unknown status, a page of "x") counts as not chosen, so a mistyped address still shows
 * a list.
 *
 * @param project "" for any; otherwise the exact project field
 * @param page    from 1
 */
record ListQuery(Optional<ComplaintStatus> status, Optional<ComplaintKind> kind, String project, int page) {

    static final int PAGE_SIZE = 50;
    /** Far beyond any real desk, and keeps the offset inside an int. */
    private static final int MAX_PAGE = 1_000_000;
    private static final int MAX_PROJECT = 100;

    static ListQuery from(Fields query) {
        String project = value(query, "project").strip();
        return new ListQuery(
                ComplaintStatus.parse(value(query, "status")),
                ComplaintKind.fromForm(value(query, "kind")),
                project.length() > MAX_PROJECT ? "" : project,
                page(value(query, "page")));
    }

    ComplaintFilter filter() {
        return new ComplaintFilter(status, kind, project, (page - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    /** This list on another page, as a link target (already escaped for an attribute). */
    String href(int otherPage) {
        StringBuilder url = new StringBuilder("/staff/complaints?");
        status.ifPresent(s -> url.append("status=").append(s.name()).append('&'));
        kind.ifPresent(k -> url.append("kind=").append(k.formValue()).append('&'));
        if (!project.isEmpty()) {
            url.append("project=").append(Html.param(project)).append('&');
        }
        return Html.escape(url.append("page=").append(otherPage).toString());
    }

    private static int page(String text) {
        if (!text.matches("[1-9][0-9]{0,6}")) {
            return 1;
        }
        return Math.min(Integer.parseInt(text), MAX_PAGE);
    }

    private static String value(Fields query, String name) {
        String value = query.getValue(name);
        return value == null ? "" : value;
    }
}
