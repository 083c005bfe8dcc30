package org.gongshi.generator.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A typical case (典型案例): an authored story about one or more projects, from {@code content/cases/{slug}.md}.
 * {@code markdown} is the body below the header; {@code projectCodes} name the projects whose figures it shows.
 */
@Public
public record TypicalCase(String slug, String title, LocalDate date, List<String> projectCodes, String summary,
                          String markdown) {

    public TypicalCase {
        projectCodes = List.copyOf(projectCodes);
    }

    public String url() {
        return "/cases/" + slug + "/";
    }
}
