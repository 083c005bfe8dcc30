package org.gongshi.server;

import org.gongshi.search.Facet;
import org.gongshi.search.FacetCounts;
import org.gongshi.search.SearchHit;
import org.gongshi.search.SearchResults;
import org.gongshi.search.Snippet;

import java.util.List;
import java.util.Optional;

/** The HTML of one page of search results: filters with counts beside the hits, all plain links. */
final class SearchPageView {

    /** Shown under each hit's title, in this order, when the page has them. */
    private static final List<String> HIT_FACETS = List.of("year", "town", "status");

    private static final String DESCRIPTION = "按项目名称、编号、批复文号、乡镇或村名搜索以工代赈项目公示";

    private SearchPageView() {
    }

    static String render(PageShell shell, SearchRequest request, SearchResults results) {
        StringBuilder main = new StringBuilder(16384)
                .append("<h1>搜索</h1>\n")
                .append(PageShell.searchForm(request.query(), request.filters()));
        if (request.isEmpty()) {
            return shell.render("搜索", DESCRIPTION, main.toString());
        }
        appendActiveFilters(main, request);
        // Results come first in the page, so a phone shows them before the filters.
        main.append("<div class=\"search-layout\">\n<div class=\"search-results\">\n");
        if (results.total() == 0) {
            main.append("<p class=\"no-results\">没有找到");
            if (!request.query().isBlank()) {
                main.append("与“").append(Html.escape(request.query())).append("”相关的");
            }
            main.append("内容。</p>\n");
        } else {
            main.append("<p class=\"result-count\">共找到 ").append(results.total()).append(" 条结果</p>\n")
                    .append("<ol class=\"results\" start=\"").append(request.toQuery().offset() + 1).append("\">\n");
            results.hits().forEach(hit -> appendHit(main, hit));
            main.append("</ol>\n");
            appendPager(main, request, results.total());
        }
        main.append("</div>\n");
        appendFacets(main, request, results.facets());
        main.append("</div>\n");
        String title = request.query().isBlank() ? "筛选结果" : "“" + request.query() + "”的搜索结果";
        return shell.render(title, DESCRIPTION, main.toString());
    }

    private static void appendActiveFilters(StringBuilder main, SearchRequest request) {
        if (request.filters().isEmpty()) {
            return;
        }
        main.append("<p class=\"active-filters\">已选条件：");
        for (Facet filter : request.filters()) {
            main.append("<a href=\"").append(Html.escape(request.without(filter.dim()).url()))
                    .append("\" title=\"取消这个条件\">")
                    .append(Html.escape(FacetLabels.DIMENSIONS.get(filter.dim()))).append("：")
                    .append(Html.escape(FacetLabels.value(filter.dim(), filter.value()))).append(" ×</a> ");
        }
        SearchRequest none = new SearchRequest(request.query(), List.of(), 1);
        main.append("<a href=\"").append(Html.escape(none.url())).append("\">清除全部条件</a></p>\n");
    }

    private static void appendFacets(StringBuilder main, SearchRequest request, List<FacetCounts> facets) {
        main.append("<aside class=\"facets\" aria-label=\"筛选条件\">\n");
        for (FacetCounts counts : FacetLabels.shown(facets)) {
            String dim = counts.dim();
            Optional<String> selected = request.filter(dim);
            main.append("<section class=\"facet\"><h2>").append(Html.escape(FacetLabels.DIMENSIONS.get(dim)))
                    .append("</h2>\n<ul>\n");
            for (FacetCounts.Count count : counts.counts()) {
                String shown = Html.escape(FacetLabels.value(dim, count.value()));
                if (selected.filter(count.value()::equals).isPresent()) {
                    main.append("<li class=\"selected\"><strong aria-current=\"true\">").append(shown).append("</strong> ")
                            .append("<span class=\"count\">").append(count.count()).append("</span> <a href=\"")
                            .append(Html.escape(request.without(dim).url())).append("\">取消</a></li>\n");
                } else {
                    main.append("<li><a href=\"").append(Html.escape(request.with(dim, count.value()).url())).append("\">")
                            .append(shown).append("</a> <span class=\"count\">").append(count.count()).append("</span></li>\n");
                }
            }
            main.append("</ul></section>\n");
        }
        main.append("</aside>\n");
    }

    private static void appendHit(StringBuilder main, SearchHit hit) {
        main.append("<li class=\"hit\">\n<a class=\"hit-title\" href=\"").append(Html.href(hit.url())).append("\">")
                .append(Html.escape(hit.title())).append("</a>\n<p class=\"hit-meta\">")
                .append("<span class=\"hit-type\">").append(Html.escape(FacetLabels.value("type", hit.type()))).append("</span>");
        for (String dim : HIT_FACETS) {
            String value = hit.facet(dim);
            if (!value.isEmpty()) {
                main.append(" · <span class=\"hit-").append(dim).append("\">").append(Html.escape(value)).append("</span>");
            }
        }
        if (!hit.code().isEmpty()) {
            main.append(" · <span class=\"hit-code\">").append(Html.escape(hit.code())).append("</span>");
        }
        main.append("</p>\n<p class=\"hit-snippet\">").append(snippet(hit.snippet())).append("</p>\n</li>\n");
    }

    static String snippet(Snippet snippet) {
        StringBuilder html = new StringBuilder();
        for (Snippet.Part part : snippet.parts()) {
            String text = Html.escape(part.text());
            html.append(part.match() ? "<mark>" + text + "</mark>" : text);
        }
        return html.toString();
    }

    private static void appendPager(StringBuilder main, SearchRequest request, long total) {
        long pages = Math.min(SearchRequest.MAX_PAGE, (total + SearchRequest.PAGE_SIZE - 1) / SearchRequest.PAGE_SIZE);
        int page = request.page();
        if (pages <= 1 && page == 1) {
            return;
        }
        main.append("<nav class=\"pager\" aria-label=\"分页\">");
        if (page > 1) {
            main.append("<a rel=\"prev\" href=\"").append(Html.escape(request.atPage(page - 1).url())).append("\">上一页</a> ");
        }
        main.append("<span class=\"pager-position\">第 ").append(page).append(" / ").append(pages).append(" 页</span>");
        if (page < pages) {
            main.append(" <a rel=\"next\" href=\"").append(Html.escape(request.atPage(page + 1).url())).append("\">下一页</a>");
        }
        main.append("</nav>\n");
    }
}
