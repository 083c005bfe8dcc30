package org.gongshi.generator.model;

/** Portal-wide settings from {@code site.json}. */
public record Site(
        String title,
        String office,
        String baseUrl,
        String hotline,
        LaborShareFloor laborShareFloor,
        boolean sample) {
}
