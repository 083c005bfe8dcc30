package org.gongshi.generator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InlineStylesheetTest {

    @TempDir
    Path templates;

    @Test
    void dropsCommentsAndWhitespaceAroundPunctuation() {
        assertEquals("a{color:red}.b,.c>d{margin:0 auto;padding:0}",
                InlineStylesheet.minify("/* links */\na { color: red; }\n.b, .c > d {\n  margin: 0 auto;\n  padding: 0;\n}\n"));
    }

    @Test
    void keepsTheDescendantCombinatorAndTheSpaceBeforeAPseudoClass() {
        assertEquals(".site-header .site-title{color:#fff}.a :focus{outline:0}a:focus{outline:0}",
                InlineStylesheet.minify(".site-header  .site-title { color: #fff }\n.a :focus { outline: 0 }\na:focus{outline:0}"));
    }

    @Test
    void copiesQuotedStringsAsWritten() {
        assertEquals("body{font-family:\"PingFang SC\",'Noto Sans, CJK'}.g{grid-template-areas:\"facets  results\"}",
                InlineStylesheet.minify("body { font-family: \"PingFang SC\", 'Noto Sans, CJK'; }\n.g { grid-template-areas: \"facets  results\"; }"));
    }

    @Test
    void keepsMediaQueriesAndImportantWorking() {
        assertEquals("@media (min-width:48rem){.a{color:red!important}}@media print{.b{display:none}}",
                InlineStylesheet.minify("@media (min-width: 48rem) { .a { color: red !important; } }\n@media print { .b { display: none; } }"));
    }

    @Test
    void anUnclosedCommentOrStringEndsTheSheetWithoutFailing() {
        assertEquals("a{color:red}", InlineStylesheet.minify("a { color: red } /* never closed"));
        assertEquals("a{content:\"x", InlineStylesheet.minify("a { content: \"x"));
    }

    @Test
    void readsTheTemplatesStylesheet() throws IOException {
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("assets/style.css"), "/* 样式 */\nbody { margin: 0; }\n");
        assertEquals("body{margin:0}", InlineStylesheet.read(templates));
    }

    @Test
    void refusesAStylesheetThatWouldEndTheStyleElement() throws IOException {
        Files.createDirectories(templates.resolve("assets"));
        Files.writeString(templates.resolve("assets/style.css"), "a::after { content: \"</STYLE><b>\"; }");
        IOException e = assertThrows(IOException.class, () -> InlineStylesheet.read(templates));
        assertTrue(e.getMessage().contains("style.css"), e.getMessage());
    }

    @Test
    void theShippedStylesheetLosesAtLeastAFifthAndKeepsEveryRule() throws IOException {
        String css = Files.readString(Path.of("../templates/assets/style.css"));
        String minified = InlineStylesheet.minify(css);
        assertTrue(minified.length() < css.length() * 0.8, minified.length() + " of " + css.length());
        String withoutComments = css.replaceAll("(?s)/\\*.*?\\*/", "");
        assertEquals(withoutComments.chars().filter(c -> c == '{').count(), minified.chars().filter(c -> c == '{').count());
        assertEquals(withoutComments.chars().filter(c -> c == '}').count(), minified.chars().filter(c -> c == '}').count());
    }
}
