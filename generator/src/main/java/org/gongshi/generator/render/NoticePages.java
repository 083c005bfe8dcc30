package org.gongshi.generator.render;

import java.util.List;

/** Renders {@code /p/{CODE}/} for every project: the notice, or the tombstone of a withdrawn project. */
public final class NoticePages extends RecordPagesTool {

    @Override
    List<Page> pages(BuildContext context) {
        return context.renderedProjects().stream()
                .map(p -> p.withdrawn()
                        ? context.tombstone(p, p.url(), "")
                        : new Page("notice.ftl", p.url(), new Pages.Notice(p,
                                context.complaints().notice(p.project().code()), context.casesOf(p.project().code()))))
                .toList();
    }
}
