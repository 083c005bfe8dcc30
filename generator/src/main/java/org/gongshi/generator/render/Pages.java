package org.gongshi.generator.render;

import java.util.List;
import org.gongshi.generator.mask.PublicProject;

/** The page models: one record per kind of record page, holding exactly what its template shows. */
public final class Pages {

    private Pages() {
    }

    /** {@code /p/{CODE}/}: the notice. */
    public record Notice(PublicProject notice) {
    }

    /** {@code /p/{CODE}/wages/}: wage publicity, masked. */
    public record Wages(PublicProject notice) {
    }

    /** {@code /projects/{YEAR}/}: the annual project list. */
    public record YearList(int year, List<PublicProject> projects, Totals totals, List<Integer> years) {
    }

    /** One year on the home page: how many projects and where its list is. */
    public record YearLink(int year, int projects, String url) {
    }

    /** {@code /404.html}: nothing but the frame, a plain message and the way on. */
    public record NotFound() {
    }

    /** {@code /}: latest notices, the years, totals, search box and hotline. */
    public record Home(List<PublicProject> latest, List<YearLink> years, Totals totals) {
    }
}
