package org.gongshi.search.internal;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SnippetsTest {

    @Test
    void shortBodyIsWholeWithWhitespaceCollapsed() {
        assertEquals("硬化道路 4.5 公里。", Snippets.of("  硬化道路\n\n 4.5\u3000公里。 ", List.of("道路")));
    }

    @Test
    void longBodyIsCutAroundTheFirstMatchWithEllipses() {
        String body = "甲".repeat(200) + "清淤河道" + "乙".repeat(200);

        assertEquals("…" + "甲".repeat(30) + "清淤河道" + "乙".repeat(86) + "…", Snippets.of(body, List.of("河道", "清淤")));
    }

    @Test
    void matchIsFoundWhateverTheCaseOrWidth() {
        String body = "丙".repeat(200) + "编号 2023-QH-0012" + "丁".repeat(200);

        assertEquals("…" + "丙".repeat(30) + "编号 2023-QH-0012" + "丁".repeat(75) + "…",
                Snippets.of(body, List.of("编号", "２０２３－qh")));
    }

    @Test
    void withoutAMatchItIsTheStartOfTheBody() {
        assertEquals("戊".repeat(120) + "…", Snippets.of("戊".repeat(300), List.of("清淤")));
    }

    @Test
    void matchNearTheEndShowsAFullLengthWindow() {
        String body = "己".repeat(300) + "清淤";

        assertEquals("…" + "己".repeat(118) + "清淤", Snippets.of(body, List.of("清淤")));
    }

    @Test
    void neverSplitsASurrogatePair() {
        String body = "a" + "\uD842\uDFB7".repeat(100); // char 120 is the second half of a pair

        assertEquals("a" + "\uD842\uDFB7".repeat(59) + "…", Snippets.of(body, List.of()));
    }
}
