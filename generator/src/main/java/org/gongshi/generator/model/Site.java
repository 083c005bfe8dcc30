package org.gongshi.generator.model;

/**
 * Portal-wide settings from {@code site.json}. {@code serviceUrl} is where the gongshi server answers search and
 * the hotline, ending in "/": "/" when it serves the static site too, a full URL when the site sits on a static host.
 * {@code wageOverdueDays}: how long after a pay period ends its wages may stay unpaid or unconfirmed before the
 * project is flagged.
 */
@Public
public record Site(
        String title,
        String office,
        String baseUrl,
        String serviceUrl,
        String hotline,
        LaborShareFloor laborShareFloor,
        int wageOverdueDays,
        boolean sample) {
}
