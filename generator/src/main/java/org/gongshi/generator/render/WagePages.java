package org.gongshi.generator.render;

import java.util.List;

/** Renders {@code /p/{CODE}/wages/} for every project (a project without a ledger says so). */
public final class WagePages extends RecordPagesTool {

    @Override
    List<Page> pages(BuildContext context) {
        return context.projects().stream()
                .map(p -> new Page("wages.ftl", p.wagesUrl(), new Pages.Wages(p)))
                .toList();
    }
}
