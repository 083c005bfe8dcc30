package org.gongshi.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void showsInlineHtmlAsText() {
        assertEquals("<p>甲&lt;script&gt;alert(1)&lt;/script&gt;乙</p>\n", Markdown.html("甲<script>alert(1)</script>乙"));
    }

    @Test
    void showsAnHtmlBlockAsTextInAParagraph() {
        assertEquals("<p>&lt;div onclick=&quot;alert(1)&quot;&gt;块&lt;/div&gt;</p>\n",
                Markdown.html("<div onclick=\"alert(1)\">块</div>"));
    }

    @Test
    void keepsEmphasisAndLinksToTheWebMailAndThisSite() {
        assertEquals("<p><strong>强</strong> <em>斜</em> <a href=\"https://www.gov.cn/\">官网</a> <a href=\"/about/\">本站</a>"
                        + " <a href=\"mailto:fgj@example.gov.cn\">来信</a></p>\n",
                Markdown.html("**强** *斜* [官网](https://www.gov.cn/) [本站](/about/) [来信](mailto:fgj@example.gov.cn)"));
    }

    @Test
    void keepsListsAndTablesWhoseHeaderCellsHeadTheirColumns() {
        assertEquals("<ul>\n<li>一</li>\n<li>二</li>\n</ul>\n", Markdown.html("- 一\n- 二"));
        assertEquals("<table>\n<thead>\n<tr><th scope=\"col\"> 项目 </th><th scope=\"col\"> 金额 </th></tr>\n</thead>\n"
                        + "<tbody>\n<tr><td> 道路 </td><td> 10 </td></tr>\n</tbody>\n</table>\n",
                Markdown.html("| 项目 | 金额 |\n|---|---|\n| 道路 | 10 |"));
    }

    @Test
    void aLinkToScriptOrDataKeepsItsTextButLosesItsAddress() {
        assertEquals("<p>a <a>b</a> <a>c</a> <a>d</a> <a>e</a> <a>f</a> javascript:alert(1) g</p>\n",
                Markdown.html("[a](javascript:alert(1)) [b](JavaScript:alert(1)) [c](&#106;avascript:alert(1)) "
                        + "[d](data:text/html,x) [e](vbscript:x) [f](java&#9;script:alert(1)) <javascript:alert(1)> [g][r]\n\n"
                        + "[r]: javascript:alert(1)"));
    }

    @Test
    void anImageFromScriptOrDataHasNoSource() {
        String html = Markdown.html("![甲](javascript:alert(1)) ![乙](Data:image/svg+xml,x) ![丙](https://www.gov.cn/a.png)");
        assertFalse(html.contains("javascript:") || html.contains("Data:"), html);
        assertTrue(html.contains("<img src=\"https://www.gov.cn/a.png\" alt=\"丙\" />"), html);
    }

    @Test
    void decodesAnEntityOnceAndLeavesTemplateSyntaxAlone() {
        assertEquals("<p>&lt;script&gt; ${7*7}</p>\n", Markdown.html("&lt;script&gt; ${7*7}"));
    }

    @Test
    void takesAnAddressWithoutASchemeForOneOnThisSite() {
        assertTrue(Markdown.safeAddress("/p/2023-QH-0004/"));
        assertTrue(Markdown.safeAddress("#hotline"));
        assertTrue(Markdown.safeAddress("HTTPS://www.gov.cn/"));
        assertTrue(Markdown.safeAddress("tel:0391-5550100"));
        assertFalse(Markdown.safeAddress(" \tjava\nscript:alert(1)"));
        assertFalse(Markdown.safeAddress("file:///etc/passwd"));
    }
}
