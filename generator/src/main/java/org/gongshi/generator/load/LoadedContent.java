package org.gongshi.generator.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongshi.generator.model.Site;

/**
 * Everything read from a content tree, projects in code order, typical cases newest first; the complaint ledger only
 * when the file exists.
 */
public record LoadedContent(Path dir, Site site, List<LoadedProject> projects, List<LoadedCase> cases,
                            Optional<LoadedLedger> complaints) {

    public LoadedContent {
        projects = List.copyOf(projects);
        cases = List.copyOf(cases);
    }
}
