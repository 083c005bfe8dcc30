package org.gongshi.generator.render;

import java.util.ArrayList;
import java.util.List;
import org.gongshi.generator.compliance.FlagKind;
import org.gongshi.generator.mask.PublicProject;

/** Renders {@code /flags/}: every flagged project, one section per kind of flag, each section present even when empty. */
public final class FlagPages extends RecordPagesTool {

    @Override
    List<Page> pages(BuildContext context) {
        List<Pages.FlagSection> sections = new ArrayList<>();
        for (FlagKind kind : FlagKind.values()) {
            List<Pages.FlaggedProject> flagged = new ArrayList<>();
            for (PublicProject p : context.projects()) {
                p.flags().stream().filter(f -> f.kind() == kind).findFirst()
                        .ifPresent(f -> flagged.add(new Pages.FlaggedProject(p, f)));
            }
            sections.add(new Pages.FlagSection(kind.anchor(), kind.title(), flagged));
        }
        int flaggedProjects = (int) context.projects().stream().filter(p -> !p.flags().isEmpty()).count();
        return List.of(new Page("flags.ftl", "/flags/", new Pages.Flags(context.asOf().toString(), flaggedProjects,
                context.site().wageOverdueDays(), sections)));
    }
}
