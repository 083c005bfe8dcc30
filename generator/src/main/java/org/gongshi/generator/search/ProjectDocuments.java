package org.gongshi.generator.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.mask.WageBatch;
import org.gongshi.generator.model.Project;
import org.gongshi.search.SearchDocument;

/** The search documents of a project: its notice and its wage publicity, built from the public view only. */
public final class ProjectDocuments {

    private ProjectDocuments() {
    }

    public static List<SearchDocument> of(PublicProject p) {
        Project project = p.project();
        Map<String, String> facets = Map.of(
                "year", Integer.toString(project.year()),
                "town", project.town(),
                "village", project.village(),
                "area", project.area().label(),
                "status", p.status());
        // What was built comes first: a snippet without a match shows the start of the body.
        String notice = String.join(" ",
                project.content(), project.benefit(), project.town() + project.village(), p.area(),
                String.join(" ", p.reliefModes()), project.ownerUnit(), project.builder(), project.maintainer(),
                p.status(), project.approvalDocument(), project.code());
        // The code stays out of the wage page's body: both pages carry it as a keyword, and the notice, which
        // also has it in its text, must rank first when someone types a code from a signboard.
        String wages = String.join(" ",
                project.town(), project.village(), "劳务报酬发放",
                p.batches().stream().map(ProjectDocuments::describe).collect(Collectors.joining("；")));
        return List.of(
                new SearchDocument("notice:" + project.code(), p.url(), "notice", project.code(),
                        project.name(), notice, facets),
                new SearchDocument("wages:" + project.code(), p.wagesUrl(), "wages", project.code(),
                        project.name() + " 劳务报酬发放公示", wages, facets));
    }

    private static String describe(WageBatch b) {
        return b.period() + " 发放 " + b.lines() + " 人次 实发 " + b.paid().yuan() + " 元";
    }
}
