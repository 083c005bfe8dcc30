package org.gongshi.generator.mask;

import org.gongshi.generator.model.Public;

/** One lifecycle step as the notice lists it: "2021-11-10 管护：竣工验收合格，移交……". */
@Public
public record HistoryEntry(String date, String status, String reason) {
}
