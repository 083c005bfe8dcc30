package org.gongshi.generator.render;

import java.util.List;
import org.gongshi.generator.mask.PublicProject;

/** The page models: one record per kind of record page, holding exactly what its template shows. */
public final class Pages {

    private Pages() {
    }

    /** {@code /p/{CODE}/}: the notice, with what the complaint ledger says about the project. */
    public record Notice(PublicProject notice, NoticeComplaints complaints) {
    }

    /**
     * The complaint section of a notice: absent while no ledger is published ({@code ledgerPublished} false);
     * otherwise the project's figures, a total of 0 when nobody complained about it online.
     */
    public record NoticeComplaints(boolean ledgerPublished, ComplaintFigures figures) {
    }

    /** {@code /hotline/}: the complaint form for no project in particular; everything else comes from the site. */
    public record Hotline() {
    }

    /**
     * {@code /complaints/}: the public complaint ledger. {@code all} covers every complaint received;
     * {@code unassigned} those naming no project, including {@code unknownCodes} complaints whose project code
     * the site does not know. {@code generated} is the export time in Beijing time, "" without a ledger.
     */
    public record Complaints(boolean published, String generated, ComplaintFigures all, List<ComplaintRow> rows,
                             ComplaintFigures unassigned, int unknownCodes) {

        public Complaints {
            rows = List.copyOf(rows);
        }
    }

    /** One project with complaints on {@code /complaints/}. */
    public record ComplaintRow(String code, String url, String name, ComplaintFigures figures) {
    }

    /**
     * A withdrawn project's URL: the tombstone that replaces its notice, its signboard, and its wage page when
     * nothing was paid. {@code was} names the page that used to be here ("" for the notice itself).
     */
    public record Tombstone(PublicProject notice, String successorName, String was) {
    }

    /** {@code /p/{CODE}/signboard/}: the board to print, with the notice it comes from. */
    public record SignboardPage(PublicProject notice, Signboard board) {
    }

    /**
     * {@code /P/{CODE}/}: where a signboard's upper-case QR URL lands on a static host, leading on to the
     * notice at {@code target}; {@code name} is the project's, for a link shared before the page moves on.
     */
    public record ShortUrl(String code, String name, String target) {
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
