package org.gongshi.generator.render;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongshi.generator.mask.PublicProject;

/** Renders the home page and the not-found page. */
public final class ListPages extends RecordPagesTool {

    static final int LATEST = 12;

    @Override
    List<Page> pages(BuildContext context) {
        List<PublicProject> projects = context.projects();
        Map<Integer, Integer> perYear = new TreeMap<>(Comparator.reverseOrder());
        projects.forEach(p -> perYear.merge(p.project().year(), 1, Integer::sum));
        List<Pages.YearLink> years = perYear.entrySet().stream()
                .map(e -> new Pages.YearLink(e.getKey(), e.getValue(), BrowsePages.yearUrl(e.getKey()))).toList();
        int flagged = (int) projects.stream().filter(p -> !p.flags().isEmpty()).count();
        List<Pages.Link> cases = context.cases().stream()
                .map(c -> new Pages.Link(c.title(), c.url(), c.projectCodes().size())).toList();
        return List.of(
                new Page("home.ftl", "/", new Pages.Home(latest(projects, LATEST), years, Totals.of(projects), flagged, cases)),
                new Page("404.ftl", "/404.html", new Pages.NotFound()));
    }

    /** The most recently changed notices first: by the date of their last lifecycle step or amendment, then by code. */
    static List<PublicProject> latest(List<PublicProject> projects, int limit) {
        return projects.stream()
                .sorted(Comparator.comparing(PublicProject::lastChange).reversed()
                        .thenComparing(p -> p.project().code()))
                .limit(limit)
                .toList();
    }
}
