package org.gongshi.generator.render;

import java.util.List;

/** Renders the hotline's static pages: the complaint form {@code /hotline/} and the ledger {@code /complaints/}. */
public final class ComplaintPages extends RecordPagesTool {

    @Override
    List<Page> pages(BuildContext context) {
        return List.of(
                new Page("hotline.ftl", "/hotline/", new Pages.Hotline()),
                new Page("complaints.ftl", "/complaints/", context.complaints().page()));
    }
}
