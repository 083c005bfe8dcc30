package org.gongshi.generator.render;

/** The readable text of rendered Markdown, for the search index. */
final class HtmlText {

    private HtmlText() {
    }

    static String plain(String html) {
        return html.replaceAll("<[^>]*>", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&")
                .replaceAll("\\s+", " ").strip();
    }
}
