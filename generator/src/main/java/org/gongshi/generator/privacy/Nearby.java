package org.gongshi.generator.privacy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongshi.generator.load.LoadedCase;
import org.gongshi.generator.load.LoadedContent;

/**
 * Which projects a text is about — a project's pages and record, a case's page and file — so that the two-character
 * names of those projects' workers count in it ({@link PrivateDataFinder}).
 */
final class Nearby {

    private final PrivateValues values;
    private final Map<String, List<String>> casesProjects;

    Nearby(LoadedContent content, PrivateValues values) {
        this.values = values;
        this.casesProjects = content.cases().stream().map(LoadedCase::typicalCase)
                .collect(Collectors.toMap(c -> c.slug(), c -> c.projectCodes(), (a, b) -> a));
    }

    /** For an output file such as "/p/2023-QH-0012/wages/index.html", "/P/2023-QH-0012/index.html" or "/cases/x/". */
    Set<String> namesForOutput(String path) {
        String[] parts = path.split("/");
        if (parts.length > 2 && (parts[1].equals("p") || parts[1].equals("P"))) {
            return project(parts[2]);
        }
        if (parts.length > 2 && parts[1].equals("cases")) {
            return values.namesOf(casesProjects.getOrDefault(parts[2], List.of()));
        }
        return Set.of();
    }

    /** For an input file such as "projects/2023-QH-0012/project.json" or "cases/x.md", relative to the content tree. */
    Set<String> namesForInput(Path relative) {
        if (relative.getNameCount() > 2 && relative.getName(0).toString().equals("projects")) {
            return project(relative.getName(1).toString());
        }
        if (relative.getNameCount() == 2 && relative.getName(0).toString().equals("cases")) {
            String slug = relative.getFileName().toString().replaceFirst("\\.md$", "");
            return values.namesOf(casesProjects.getOrDefault(slug, List.of()));
        }
        return Set.of();
    }

    Set<String> project(String code) {
        return values.namesOf(List.of(code));
    }
}
