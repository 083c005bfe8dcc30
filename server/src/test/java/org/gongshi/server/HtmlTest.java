package org.gongshi.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTest {

    @Test
    void escapesMarkupAndBothQuotes() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;白&amp;石&lt;/a&gt;",
                Html.escape("<a href=\"x\" title='y'>白&石</a>"));
    }

    @Test
    void dropsControlCharactersButKeepsLineBreaks() {
        assertEquals("a b\nc", Html.escape("a\u0000 b\nc\u0007"));
    }

    @Test
    void hrefAllowsSitePathsAndWebUrlsOnly() {
        assertEquals("/p/2023-QH-0012/", Html.href("/p/2023-QH-0012/"));
        assertEquals("https://example.org/a?b=1&amp;c=2", Html.href("https://example.org/a?b=1&c=2"));
        assertEquals("#", Html.href("javascript:alert(1)"));
        assertEquals("#", Html.href("//evil.example/"));
        assertEquals("#", Html.href(""));
    }

    @Test
    void paramEncodesForAQueryString() {
        assertEquals("%E7%99%BD+%26+a%3Db", Html.param("白 & a=b"));
    }
}
