package org.gongshi.generator.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongshi.generator.mask.PublicProject;

/** Renders the home page, the annual project lists {@code /projects/{YEAR}/} and the not-found page. */
public final class ListPages extends RecordPagesTool {

    static final int LATEST = 12;

    @Override
    List<Page> pages(BuildContext context) {
        Map<Integer, List<PublicProject>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (PublicProject p : context.projects()) {
            byYear.computeIfAbsent(p.project().year(), y -> new ArrayList<>()).add(p);
        }
        List<Integer> years = List.copyOf(byYear.keySet());
        List<Page> pages = new ArrayList<>();
        List<Pages.YearLink> links = new ArrayList<>();
        byYear.forEach((year, projects) -> {
            String url = "/projects/" + year + "/";
            pages.add(new Page("year.ftl", url, new Pages.YearList(year, projects, Totals.of(projects), years)));
            links.add(new Pages.YearLink(year, projects.size(), url));
        });
        pages.add(new Page("home.ftl", "/", new Pages.Home(latest(context.projects(), LATEST), links, Totals.of(context.projects()))));
        pages.add(new Page("404.ftl", "/404.html", new Pages.NotFound()));
        return pages;
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
