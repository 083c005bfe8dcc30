package org.gongshi.generator.render;

import java.util.List;

/**
 * Renders {@code /p/{CODE}/wages/} for every project (a project without a ledger says so). A withdrawn project
 * keeps its wage publicity when anything was paid, since workers may still need to check it; otherwise the URL
 * serves its tombstone.
 */
public final class WagePages extends RecordPagesTool {

    @Override
    List<Page> pages(BuildContext context) {
        return context.renderedProjects().stream()
                .map(p -> p.withdrawn() && p.wageLines().isEmpty()
                        ? context.tombstone(p, p.wagesUrl(), "劳务报酬发放公示页面")
                        : new Page("wages.ftl", p.wagesUrl(), new Pages.Wages(p, context.demoCheckCodes())))
                .toList();
    }
}
