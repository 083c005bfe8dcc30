package org.gongshi.server;

import org.gongshi.search.SearchHit;
import org.gongshi.search.SearchResults;

import java.util.Map;

/** The HTML of one page of search results. */
final class SearchPageView {

    /** Index types are stable English keys; readers see these names. Unknown types are shown as they are. */
    private static final Map<String, String> TYPE_LABELS = Map.of(
            "notice", "项目公示",
            "wages", "劳务报酬公示",
            "page", "页面",
            "case", "典型案例");

    private SearchPageView() {
    }

    static String render(PageShell shell, SearchRequest request, SearchResults results) {
        String query = request.query();
        StringBuilder main = new StringBuilder(8192)
                .append("<h1>搜索</h1>\n")
                .append(PageShell.searchForm(query));
        if (query.isBlank()) {
            return shell.render("搜索", main.toString());
        }
        if (results.total() == 0) {
            main.append("<p class=\"no-results\">没有找到与“").append(Html.escape(query)).append("”相关的内容。</p>\n");
        } else {
            main.append("<p class=\"result-count\">共找到 ").append(results.total()).append(" 条结果</p>\n")
                    .append("<ol class=\"results\" start=\"").append(request.offset() + 1).append("\">\n");
            results.hits().forEach(hit -> appendHit(main, hit));
            main.append("</ol>\n");
            appendPager(main, request, results.total());
        }
        return shell.render("“" + query + "”的搜索结果", main.toString());
    }

    private static void appendHit(StringBuilder main, SearchHit hit) {
        main.append("<li class=\"hit\">\n<a class=\"hit-title\" href=\"").append(Html.href(hit.url())).append("\">")
                .append(Html.escape(hit.title())).append("</a>\n<p class=\"hit-meta\">")
                .append("<span class=\"hit-type\">")
                .append(Html.escape(TYPE_LABELS.getOrDefault(hit.type(), hit.type()))).append("</span>");
        if (!hit.code().isEmpty()) {
            main.append(" <span class=\"hit-code\">").append(Html.escape(hit.code())).append("</span>");
        }
        main.append("</p>\n<p class=\"hit-snippet\">").append(Html.escape(hit.snippet())).append("</p>\n</li>\n");
    }

    private static void appendPager(StringBuilder main, SearchRequest request, long total) {
        long pages = Math.min(SearchRequest.MAX_PAGE, (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
        if (pages <= 1 && request.page() == 1) {
            return;
        }
        main.append("<nav class=\"pager\" aria-label=\"分页\">");
        if (request.page() > 1) {
            main.append("<a rel=\"prev\" href=\"").append(pageUrl(request.query(), request.page() - 1)).append("\">上一页</a> ");
        }
        main.append("<span class=\"pager-position\">第 ").append(request.page()).append(" / ").append(pages).append(" 页</span>");
        if (request.page() < pages) {
            main.append(" <a rel=\"next\" href=\"").append(pageUrl(request.query(), request.page() + 1)).append("\">下一页</a>");
        }
        main.append("</nav>\n");
    }

    private static String pageUrl(String query, int page) {
        return Html.escape("/search?q=" + Html.param(query) + "&page=" + page);
    }
}
