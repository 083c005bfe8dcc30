package org.gongshi.generator.render;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.model.ComplaintCounts;
import org.gongshi.generator.model.ComplaintLedger;
import org.gongshi.generator.model.ProjectComplaints;

/**
 * The complaint ledger joined to the projects, once per build: what each notice page says about complaints and
 * the {@code /complaints/} page. Without a ledger file nothing is published yet, which the pages say.
 */
final class ComplaintReport {

    /** The export time is UTC; the offices and their readers are in China. */
    private static final DateTimeFormatter BEIJING_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final Optional<ComplaintLedger> ledger;
    private final Map<String, PublicProject> projects;
    private final Map<String, ComplaintCounts> byCode;

    private ComplaintReport(Optional<ComplaintLedger> ledger, List<PublicProject> projects) {
        this.ledger = ledger;
        this.projects = projects.stream().collect(Collectors.toMap(p -> p.project().code(), Function.identity()));
        // Validation guarantees each code once; an entry for an unknown code stays out of every notice page.
        this.byCode = ledger.map(l -> l.projects().stream()
                        .filter(e -> this.projects.containsKey(e.code()))
                        .collect(Collectors.toMap(ProjectComplaints::code, ProjectComplaints::complaints)))
                .orElse(Map.of());
    }

    static ComplaintReport of(Optional<ComplaintLedger> ledger, List<PublicProject> projects) {
        return new ComplaintReport(ledger, projects);
    }

    /** A project's complaints; a project the ledger does not list has had none. */
    Pages.NoticeComplaints notice(String code) {
        return new Pages.NoticeComplaints(ledger.isPresent(),
                Optional.ofNullable(byCode.get(code)).map(ComplaintFigures::of).orElse(ComplaintFigures.NONE));
    }

    Pages.Complaints page() {
        if (ledger.isEmpty()) {
            return new Pages.Complaints(false, "", ComplaintFigures.NONE, List.of(), ComplaintFigures.NONE, 0);
        }
        ComplaintLedger l = ledger.get();
        List<Pages.ComplaintRow> rows = new ArrayList<>();
        // Complaints naming a code the site does not know (mistyped, or a project not published here) are still
        // complaints received: they are counted with those that named no project, not dropped.
        List<ComplaintCounts> unassigned = new ArrayList<>(List.of(l.unassigned()));
        int unknownCodes = 0;
        List<ComplaintCounts> all = new ArrayList<>(List.of(l.unassigned()));
        for (ProjectComplaints entry : l.projects()) {
            all.add(entry.complaints());
            PublicProject project = projects.get(entry.code());
            if (project == null) {
                if (entry.complaints().total() > 0) {
                    unassigned.add(entry.complaints());
                    unknownCodes += entry.complaints().total();
                }
            } else if (entry.complaints().total() > 0) {
                rows.add(new Pages.ComplaintRow(entry.code(), project.url(), project.project().name(),
                        ComplaintFigures.of(entry.complaints())));
            }
        }
        rows.sort(Comparator.comparing(Pages.ComplaintRow::code));
        return new Pages.Complaints(true, BEIJING_TIME.format(l.generated()), ComplaintFigures.sum(all), rows,
                ComplaintFigures.sum(unassigned), unknownCodes);
    }
}
