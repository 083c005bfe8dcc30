package org.gongshi.generator.render;

import java.util.ArrayList;
import java.util.List;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.model.TypicalCase;
import org.gongshi.search.SearchDocument;

/**
 * Renders the typical cases: {@code /cases/{slug}/} with the key figures of the projects each names, and
 * {@code /cases/} listing them all. Their text goes to the search index with the authored pages.
 */
public final class CasePages extends RecordPagesTool {

    @Override
    List<Page> pages(BuildContext context) {
        List<Pages.Case> cases = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (TypicalCase c : context.cases()) {
            List<PublicProject> projects = c.projectCodes().stream().map(context::project).toList();
            String html = Markdown.html(c.markdown());
            Pages.Case page = new Pages.Case(c, html, projects, Totals.of(projects));
            cases.add(page);
            pages.add(new Page("case.ftl", c.url(), page));
            context.addAuthoredDocument(new SearchDocument("case:" + c.slug(), c.url(), "case", "", "典型案例：" + c.title(),
                    HtmlText.plain(html), List.of(), List.of(), List.of()));
        }
        pages.add(new Page("cases.ftl", "/cases/", new Pages.Cases(cases)));
        return pages;
    }
}
