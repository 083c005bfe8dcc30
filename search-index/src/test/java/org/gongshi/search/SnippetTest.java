package org.gongshi.search;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The excerpt shown under a hit: about 120 characters around the first match, the match marked. */
class SnippetTest {

    @TempDir
    Path dir;

    @Test
    void shortBodyIsWholeWithWhitespaceCollapsed() throws IOException {
        assertEquals("硬化道路 4.5 公里。", snippet("硬化道路\n\n 4.5\u3000公里。", "道路").text());
    }

    @Test
    void longBodyIsCutAroundTheFirstMatchWithEllipses() throws IOException {
        Snippet snippet = snippet("甲".repeat(200) + "清淤河道" + "乙".repeat(200), "河道 清淤");

        assertEquals("…" + "甲".repeat(30) + "清淤河道" + "乙".repeat(86) + "…", snippet.text());
        assertEquals(List.of("清淤河道"), SearchIndexTest.marked(snippet));
    }

    @Test
    void matchIsFoundWhateverTheCaseOrWidth() throws IOException {
        Snippet snippet = snippet("丙".repeat(200) + "编号 2023-QH-0012" + "丁".repeat(200), "编号 ２０２３－ｑｈ");

        assertEquals("…" + "丙".repeat(30) + "编号 2023-QH-0012" + "丁".repeat(75) + "…", snippet.text());
        assertEquals(List.of("编号", "2023-QH"), SearchIndexTest.marked(snippet));
    }

    @Test
    void withoutAMatchInTheBodyItIsTheStartOfTheBody() throws IOException {
        assertEquals("戊".repeat(120) + "…", snippet("戊".repeat(300), "标题").text());
    }

    @Test
    void matchNearTheEndShowsAFullLengthWindow() throws IOException {
        assertEquals("…" + "己".repeat(118) + "清淤", snippet("己".repeat(300) + "清淤", "清淤").text());
    }

    @Test
    void neverSplitsASurrogatePair() throws IOException {
        String body = "a" + "\uD842\uDFB7".repeat(100); // char 120 is the second half of a pair

        assertEquals("a" + "\uD842\uDFB7".repeat(59) + "…", snippet(body, "标题").text());
    }

    /** Indexes one page titled 标题 with {@code body} and returns its snippet for {@code query}. */
    private Snippet snippet(String body, String query) throws IOException {
        SearchDocument doc = new SearchDocument("x", "/x/", "page", "", "标题", body, List.of(), List.of(), List.of());
        try (SearchIndex index = Fixtures.indexOf(dir, List.of(doc))) {
            return index.search(SearchQuery.of(query)).hits().get(0).snippet();
        }
    }
}
