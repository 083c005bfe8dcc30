package org.gongshi.generator.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.util.List;
import org.gongshi.generator.model.ProjectJson;

/**
 * {@code /p/{CODE}/project.json}: each record as published, for readers who want the data and for the next
 * build, which compares it field by field to demand an amendment for every change.
 */
public final class RecordFiles extends RecordPagesTool {

    private static final ObjectWriter JSON = new ObjectMapper().writerWithDefaultPrettyPrinter();

    @Override
    List<Data> pages(BuildContext context) {
        return context.renderedProjects().stream()
                .map(p -> new Data(p.url() + "project.json", () -> JSON.writeValueAsBytes(ProjectJson.of(p.project()))))
                .toList();
    }
}
