package org.gongshi.generator.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.mask.PublicWageLine;
import org.gongshi.generator.mask.WageBatch;
import org.gongshi.generator.model.Project;
import org.gongshi.search.Facet;
import org.gongshi.search.SearchDocument;

/** The search documents of a project: its notice and its wage publicity, built from the public view only. */
public final class ProjectDocuments {

    private ProjectDocuments() {
    }

    public static List<SearchDocument> of(PublicProject p) {
        Project project = p.project();
        List<Facet> facets = new ArrayList<>(List.of(
                new Facet("year", Integer.toString(project.year())),
                new Facet("town", project.town()),
                new Facet("area", p.area()),
                new Facet("status", p.status())));
        p.reliefModes().forEach(mode -> facets.add(new Facet("mode", mode)));
        List<String> keys = List.of(project.approvalDocument(), project.town(), project.village());
        List<String> names = List.of(project.name(), project.town(), project.village());
        // What was built comes first: a snippet without a match shows the start of the body.
        String notice = String.join(" ",
                project.content(), project.benefit(), project.remarks(), project.town() + project.village(), p.area(),
                String.join(" ", p.reliefModes()), project.ownerUnit(), project.builder(), project.maintainer(),
                p.status(), project.approvalDocument(), project.code());
        // The code stays out of the wage page's body: both pages carry it as a key, and the notice, which
        // also has it in its text, must rank first when someone types a code from a signboard. Masked names
        // are there so that a worker who types a surname finds the wage pages that may list them; check codes
        // are keys, so the code on a pay slip finds the wage pages with that worker's lines.
        String wages = String.join(" ",
                project.town(), project.village(), "劳务报酬发放",
                p.batches().stream().map(ProjectDocuments::describe).collect(Collectors.joining("；")),
                p.wageLines().stream().map(PublicWageLine::maskedName).distinct().collect(Collectors.joining(" ")));
        return List.of(
                new SearchDocument("notice:" + project.code(), p.url(), "notice", project.code(),
                        project.name(), notice, keys, names, facets),
                new SearchDocument("wages:" + project.code(), p.wagesUrl(), "wages", project.code(),
                        project.name() + " 劳务报酬发放公示", wages, wageKeys(keys, p), names, facets));
    }

    private static List<String> wageKeys(List<String> keys, PublicProject p) {
        List<String> withCodes = new ArrayList<>(keys);
        p.wageLines().stream().map(PublicWageLine::checkCode).distinct().forEach(withCodes::add);
        return withCodes;
    }

    private static String describe(WageBatch b) {
        return b.period() + " 发放 " + b.lines() + " 人次 实发 " + b.paid().yuan() + " 元";
    }
}
