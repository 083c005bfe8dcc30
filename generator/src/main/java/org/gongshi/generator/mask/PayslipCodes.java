package org.gongshi.generator.mask;

import java.util.List;
import org.gongshi.generator.model.ProjectRecord;

/**
 * The office's side of the check code: for each roster worker, the code to print on their pay slip. PRIVATE
 * output (names) for the office's own mail merge, never part of the site; it reads the roster, so it lives
 * beside {@link Masker}.
 */
public final class PayslipCodes {

    /** One worker of one project: whom to give the slip to, and the code their wage lines carry. */
    public record Row(String projectCode, String name, String idLastFour, String villageGroup, String checkCode) {
    }

    private PayslipCodes() {
    }

    public static List<Row> of(ProjectRecord record, CheckCodes codes) {
        String project = record.project().code();
        return record.roster().stream()
                .map(w -> new Row(project, w.name(), w.idNumber().substring(w.idNumber().length() - 4), w.villageGroup(),
                        codes.of(w.idNumber())))
                .toList();
    }
}
