package org.gongshi.generator.mask;

/** One lifecycle step as the notice lists it: "2021-11-10 管护：竣工验收合格，移交……". */
public record HistoryEntry(String date, String status, String reason) {
}
