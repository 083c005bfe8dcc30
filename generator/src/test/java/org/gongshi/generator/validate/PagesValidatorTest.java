package org.gongshi.generator.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongshi.generator.Problems;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagesValidatorTest {

    @TempDir
    Path pages;

    private List<String> problems() {
        Problems problems = new Problems();
        PagesValidator.validate(pages, problems);
        return problems.sorted().stream().map(p -> pages.relativize(p.file()) + ":" + p.line() + ": " + p.field()).toList();
    }

    private void page(String name, String text) throws IOException {
        Files.createDirectories(pages.resolve(name).getParent());
        Files.writeString(pages.resolve(name), text);
    }

    @Test
    void acceptsAPageWithTitleTypeAndStatus() throws IOException {
        page("about.md", "title=关于本平台\ntype=page\nstatus=published\n~~~~~~\n正文\n");
        page("guides/road.md", "\uFEFFtitle=办事指南\ntype=page\nstatus=published\n~~~~~~\n正文\n");
        assertEquals(List.of(), problems());
    }

    @Test
    void reportsAPageWithoutHeaderOrTitle() throws IOException {
        page("a.md", "# 只有正文\n");
        page("b.md", "type=page\nstatus=published\n~~~~~~\n正文\n");
        assertEquals(List.of("a.md:1: ", "b.md:1: title"), problems());
    }

    @Test
    void reportsAPageNamedLikeAPortalUrl() throws IOException {
        page("projects.md", "title=项目\ntype=page\nstatus=published\n~~~~~~\n正文\n");
        page("p/x.md", "title=项目\ntype=page\nstatus=published\n~~~~~~\n正文\n");
        page("complaints.md", "title=举报\ntype=page\nstatus=published\n~~~~~~\n正文\n");
        page("hotline.md", "title=举报\ntype=page\nstatus=published\n~~~~~~\n正文\n");
        assertEquals(List.of("complaints.md:1: ", "hotline.md:1: ", "p:1: ", "projects.md:1: "), problems());
    }
}
