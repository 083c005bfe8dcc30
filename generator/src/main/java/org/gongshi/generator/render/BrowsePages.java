package org.gongshi.generator.render;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.model.ConstructionArea;
import org.gongshi.generator.model.ReliefMode;
import org.gongshi.generator.model.Status;
import org.gongshi.generator.publish.SitePaths;

/**
 * Renders the project lists a citizen browses: {@code /projects/} and one list per year, town, construction
 * area, status and relief mode, each with its totals. A list of a status, area or mode is published even while
 * empty: its URL, once out, must keep answering when the last project moves on.
 */
public final class BrowsePages extends RecordPagesTool {

    /**
     * One way of dividing the projects: the values a project falls under, how values are ordered, where a value's
     * list is and what it is called. {@code fixed} lists the values that always get a page.
     */
    private record Kind(String label, Function<PublicProject, List<String>> values, List<String> fixed,
                        Comparator<String> order, Function<String, String> path, Function<String, String> heading) {
    }

    private static final Collator PINYIN = Collator.getInstance(Locale.SIMPLIFIED_CHINESE);

    private static final List<Kind> KINDS = List.of(
            new Kind("年度", p -> List.of(String.valueOf(p.project().year())), List.of(), Comparator.reverseOrder(),
                    year -> "/projects/" + year + "/", year -> year + " 年度以工代赈项目清单"),
            new Kind("乡镇（街道）", p -> List.of(p.project().town()), List.of(), PINYIN::compare,
                    town -> "/projects/town/" + town + "/", town -> town + "以工代赈项目"),
            fixed("建设领域", "area", ConstructionArea.values(), ConstructionArea::label, p -> List.of(p.project().area().label())),
            fixed("项目状态", "status", Status.values(), Status::label, p -> List.of(p.status())),
            fixed("赈济方式", "mode", ReliefMode.values(), ReliefMode::label, PublicProject::reliefModes));

    static String yearUrl(int year) {
        return KINDS.get(0).path().apply(String.valueOf(year));
    }

    @Override
    List<Page> pages(BuildContext context) {
        List<Page> pages = new ArrayList<>();
        List<Pages.ListGroup> groups = new ArrayList<>();
        for (Kind kind : KINDS) {
            Map<String, List<PublicProject>> lists = divide(context.projects(), kind);
            List<Pages.Link> links = lists.entrySet().stream()
                    .map(e -> new Pages.Link(e.getKey(), SitePaths.href(kind.path().apply(e.getKey())), e.getValue().size()))
                    .toList();
            lists.forEach((value, projects) -> pages.add(new Page("list.ftl", kind.path().apply(value),
                    new Pages.ProjectList(kind.heading().apply(value), kind.label(), projects, Totals.of(projects),
                            links.stream().filter(l -> !l.text().equals(value)).toList()))));
            groups.add(new Pages.ListGroup(kind.label(), links));
        }
        pages.add(new Page("lists.ftl", "/projects/", new Pages.ProjectLists(groups, Totals.of(context.projects()))));
        return pages;
    }

    /** Each value's projects in code order, the values in the kind's order; fixed values present even when empty. */
    private static Map<String, List<PublicProject>> divide(List<PublicProject> projects, Kind kind) {
        Map<String, List<PublicProject>> lists = new TreeMap<>(kind.order());
        kind.fixed().forEach(v -> lists.put(v, new ArrayList<>()));
        for (PublicProject p : projects) {
            kind.values().apply(p).forEach(v -> lists.computeIfAbsent(v, k -> new ArrayList<>()).add(p));
        }
        return new LinkedHashMap<>(lists);
    }

    /**
     * A kind whose values are an enum's labels, in the enum's order. Its URLs use the constant's name as an ASCII
     * slug ({@code UNDER_CONSTRUCTION} → {@code under-construction}): renaming a constant would move a URL, which
     * the URL ledger refuses.
     */
    private static <E extends Enum<E>> Kind fixed(String label, String folder, E[] values, Function<E, String> labelOf,
                                                  Function<PublicProject, List<String>> of) {
        Map<String, String> slugs = new LinkedHashMap<>();
        Arrays.stream(values).forEach(e -> slugs.put(labelOf.apply(e), e.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        List<String> order = List.copyOf(slugs.keySet());
        return new Kind(label, of, order, Comparator.comparingInt(order::indexOf),
                value -> "/projects/" + folder + "/" + slugs.get(value) + "/", value -> label + "：" + value);
    }
}
