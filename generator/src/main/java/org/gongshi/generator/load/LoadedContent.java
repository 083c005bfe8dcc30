package org.gongshi.generator.load;

import java.nio.file.Path;
import java.util.List;
import org.gongshi.generator.model.Site;

/** Everything read from a content tree, in project-code order. */
public record LoadedContent(Path dir, Site site, List<LoadedProject> projects) {

    public LoadedContent {
        projects = List.copyOf(projects);
    }
}
