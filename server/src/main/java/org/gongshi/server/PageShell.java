package org.gongshi.server;

import org.gongshi.search.Facet;

import java.util.List;

/**
 * The frame of every page the server renders itself (search, hotline, staff desk, errors): same inlined stylesheet,
 * header and sample-data banner as the static site, and no JavaScript, so it works on any phone.
 */
public final class PageShell {

    /** The icon templates/layout.ftl gives the static pages, in the page, so no browser asks for /favicon.ico. */
    static final String ICON = "data:image/svg+xml,%3Csvg%20xmlns=%22http://www.w3.org/2000/svg%22%20viewBox=%220%200%2016%2016%22%3E%3Crect%20width=%2216%22%20height=%2216%22%20rx=%223%22%20fill=%22%23b3261e%22/%3E%3C/svg%3E";

    private final String siteTitle;
    private final boolean sampleData;
    private final String hotlinePhone;
    private final SiteStylesheet stylesheet;

    PageShell(ServerConfig config, SiteStylesheet stylesheet) {
        this.stylesheet = stylesheet;
        this.siteTitle = config.siteTitle();
        this.sampleData = config.sampleData();
        this.hotlinePhone = config.hotlinePhone();
    }

    /**
     * @param title    page title, plain text
     * @param mainHtml the page's own content, already escaped
     */
    public String render(String title, String mainHtml) {
        return render(title, title + "：" + siteTitle, mainHtml);
    }

    /**
     * @param description what the page is, plain text, for search engines and link previews
     */
    public String render(String title, String description, String mainHtml) {
        String fullTitle = Html.escape(title) + " - " + Html.escape(siteTitle);
        String summary = Html.escape(description);
        // og:url is left out: the server is not told the site's public base URL, and previews fall back to the link.
        StringBuilder html = new StringBuilder(4096)
                .append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n")
                .append("<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<link rel=\"icon\" href=\"").append(ICON).append("\">\n")
                .append("<title>").append(fullTitle).append("</title>\n")
                .append("<meta name=\"description\" content=\"").append(summary).append("\">\n")
                .append("<meta property=\"og:title\" content=\"").append(fullTitle).append("\">\n")
                .append("<meta property=\"og:description\" content=\"").append(summary).append("\">\n")
                .append("<meta property=\"og:type\" content=\"website\">\n")
                .append("<meta property=\"og:site_name\" content=\"").append(Html.escape(siteTitle)).append("\">\n")
                .append("<meta property=\"og:locale\" content=\"zh_CN\">\n")
                .append(styleElement())
                .append("</head>\n<body>\n<a class=\"skip-link\" href=\"#main\">跳到正文</a>\n");
        if (sampleData) {
            html.append("<div class=\"sample-banner\">示例数据：本站内容均为虚构，仅供演示</div>\n");
        }
        // Same structure and menu as templates/layout.ftl, so the site's stylesheet applies unchanged.
        html.append("<header class=\"site-header\"><div class=\"wrap\"><a class=\"site-title\" href=\"/\">")
                .append(Html.escape(siteTitle)).append("</a>\n")
                .append("<nav class=\"site-nav\" aria-label=\"网站导航\"><a href=\"/\">首页</a>")
                .append("<a href=\"/projects/\">项目清单</a><a href=\"/stats/\">统计</a><a href=\"/flags/\">问题提示</a>")
                .append("<a href=\"/cases/\">典型案例</a><a href=\"/data/\">数据下载</a>")
                .append("<a href=\"/hotline\">监督举报</a><a href=\"/search\">搜索</a></nav></div></header>\n")
                .append("<div class=\"wrap\">\n<main id=\"main\" tabindex=\"-1\">\n").append(mainHtml).append("</main>\n");
        html.append("<footer class=\"site-footer\">");
        if (!hotlinePhone.isEmpty()) {
            html.append("<p>").append(phoneLine()).append("</p>");
        }
        html.append("<p>").append(Html.escape(siteTitle)).append("</p></footer>\n");
        return html.append("</div>\n</body>\n</html>\n").toString();
    }

    /** The site's stylesheet as this page's CSP allows it; the error handler names it in the headers it rewrites. */
    SiteStylesheet.Current stylesheet() {
        return stylesheet.current();
    }

    private String styleElement() {
        String css = stylesheet.current().css();
        return css.isEmpty() ? "" : "<style>" + css + "</style>\n";
    }

    /** "监督举报电话：0391-…" as a tap-to-call link, or "" when the site has no phone. */
    public String phoneLine() {
        if (hotlinePhone.isEmpty()) {
            return "";
        }
        return "监督举报电话：<a href=\"tel:" + Html.escape(hotlinePhone) + "\">" + Html.escape(hotlinePhone) + "</a>";
    }

    /** The search form, also offered on error pages as a way on. */
    static String searchForm(String query) {
        return searchForm(query, List.of());
    }

    /** A new query keeps the filters chosen so far; the page shows how to drop them. */
    static String searchForm(String query, List<Facet> filters) {
        StringBuilder form = new StringBuilder("<form class=\"search-form\" action=\"/search\" method=\"get\" role=\"search\">")
                .append("<label for=\"q\">搜索公示内容</label> ")
                .append("<input id=\"q\" type=\"search\" name=\"q\" value=\"").append(Html.escape(query)).append("\"")
                .append(" placeholder=\"项目名称、编号、文号、乡镇或村名\"> ");
        for (Facet filter : filters) {
            form.append("<input type=\"hidden\" name=\"").append(Html.escape(filter.dim()))
                    .append("\" value=\"").append(Html.escape(filter.value())).append("\">");
        }
        return form.append("<button type=\"submit\">搜索</button></form>\n").toString();
    }
}
