package org.gongshi.generator.render;

import java.util.List;
import org.gongshi.generator.compliance.Flag;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.model.Public;
import org.gongshi.generator.model.TypicalCase;

/** The page models: one record per kind of record page, holding exactly what its template shows. */
@Public
public final class Pages {

    private Pages() {
    }

    /**
     * {@code /p/{CODE}/}: the notice, with what the complaint ledger says about the project and the typical cases
     * it is part of.
     */
    @Public
    public record Notice(PublicProject notice, NoticeComplaints complaints, List<Link> cases) {

        public Notice {
            cases = List.copyOf(cases);
        }
    }

    /** A link with its text, and how many projects are behind it (0 where that means nothing). */
    @Public
    public record Link(String text, String url, int count) {
    }

    /**
     * The complaint section of a notice: absent while no ledger is published ({@code ledgerPublished} false);
     * otherwise the project's figures, a total of 0 when nobody complained about it online.
     */
    @Public
    public record NoticeComplaints(boolean ledgerPublished, ComplaintFigures figures) {
    }

    /** {@code /hotline/}: the complaint form for no project in particular; everything else comes from the site. */
    @Public
    public record Hotline() {
    }

    /**
     * {@code /complaints/}: the public complaint ledger. {@code all} covers every complaint received;
     * {@code unassigned} those naming no project, including {@code unknownCodes} complaints whose project code
     * the site does not know. {@code generated} is the export time in Beijing time, "" without a ledger.
     */
    @Public
    public record Complaints(boolean published, String generated, ComplaintFigures all, List<ComplaintRow> rows,
                             ComplaintFigures unassigned, int unknownCodes) {

        public Complaints {
            rows = List.copyOf(rows);
        }
    }

    /** One project with complaints on {@code /complaints/}. */
    @Public
    public record ComplaintRow(String code, String url, String name, ComplaintFigures figures) {
    }

    /**
     * A withdrawn project's URL: the tombstone that replaces its notice, its signboard, and its wage page when
     * nothing was paid. {@code was} names the page that used to be here ("" for the notice itself).
     */
    @Public
    public record Tombstone(PublicProject notice, String successorName, String was) {
    }

    /** {@code /p/{CODE}/signboard/}: the board to print, with the notice it comes from. */
    @Public
    public record SignboardPage(PublicProject notice, Signboard board) {
    }

    /**
     * {@code /P/{CODE}/}: where a signboard's upper-case QR URL lands on a static host, leading on to the
     * notice at {@code target}; {@code name} is the project's, for a link shared before the page moves on.
     */
    @Public
    public record ShortUrl(String code, String name, String target) {
    }

    /**
     * {@code /p/{CODE}/wages/}: wage publicity, masked. {@code demoCheckCodes}: the check codes come from the sample
     * site's published demo secret, which the page says.
     */
    @Public
    public record Wages(PublicProject notice, boolean demoCheckCodes) {
    }

    /**
     * A list of projects with their totals: an annual list {@code /projects/{YEAR}/}, or the projects of one town,
     * construction area, status or relief mode. {@code others} are the other lists of the same kind.
     */
    @Public
    public record ProjectList(String heading, String kind, List<PublicProject> projects, Totals totals,
                              List<Link> others) {

        public ProjectList {
            projects = List.copyOf(projects);
            others = List.copyOf(others);
        }
    }

    /** {@code /projects/}: every list, by kind (年度, 乡镇（街道）, …). */
    @Public
    public record ProjectLists(List<ListGroup> groups, Totals totals) {

        public ProjectLists {
            groups = List.copyOf(groups);
        }
    }

    /** The lists of one kind, e.g. one per town. */
    @Public
    public record ListGroup(String kind, List<Link> lists) {

        public ListGroup {
            lists = List.copyOf(lists);
        }
    }

    /**
     * {@code /flags/}: every flagged project, one section per kind of flag, as of {@code asOf} (ISO date).
     * {@code flaggedProjects} counts each project once.
     */
    @Public
    public record Flags(String asOf, int flaggedProjects, int wageOverdueDays, List<FlagSection> sections) {

        public Flags {
            sections = List.copyOf(sections);
        }
    }

    /** One kind of flag on {@code /flags/}: its title, its fragment, and each project with it. */
    @Public
    public record FlagSection(String anchor, String title, List<FlaggedProject> projects) {

        public FlagSection {
            projects = List.copyOf(projects);
        }
    }

    @Public
    public record FlaggedProject(PublicProject project, Flag flag) {
    }

    /** {@code /cases/{slug}/}: a typical case, its text as HTML, and the key figures of the projects it names. */
    @Public
    public record Case(TypicalCase typicalCase, String html, List<PublicProject> projects, Totals totals) {

        public Case {
            projects = List.copyOf(projects);
        }
    }

    /** {@code /cases/}: every typical case, newest first, with the projects each is about. */
    @Public
    public record Cases(List<Case> cases) {

        public Cases {
            cases = List.copyOf(cases);
        }
    }

    /** One year on the home page: how many projects and where its list is. */
    @Public
    public record YearLink(int year, int projects, String url) {
    }

    /** {@code /404.html}: nothing but the frame, a plain message and the way on. */
    @Public
    public record NotFound() {
    }

    /** {@code /}: latest notices, the years, totals, flagged projects, cases, search box and hotline. */
    @Public
    public record Home(List<PublicProject> latest, List<YearLink> years, Totals totals, int flaggedProjects,
                       List<Link> cases) {

        public Home {
            latest = List.copyOf(latest);
            years = List.copyOf(years);
            cases = List.copyOf(cases);
        }
    }
}
