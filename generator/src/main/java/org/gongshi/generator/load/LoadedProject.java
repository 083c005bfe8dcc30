package org.gongshi.generator.load;

import java.nio.file.Path;
import java.util.List;
import org.gongshi.generator.model.ProjectRecord;

/**
 * A project as read from its folder, with the positions validation needs to point at:
 * the line of every {@code project.json} value and the line of every roster and wage row (same order as the record's lists).
 */
public record LoadedProject(
        Path dir,
        ProjectRecord record,
        SourceLines projectLines,
        Path rosterFile,
        List<Integer> rosterLines,
        Path wagesFile,
        List<Integer> wageLines) {

    public LoadedProject {
        rosterLines = List.copyOf(rosterLines);
        wageLines = List.copyOf(wageLines);
    }
}
