package org.gongshi.generator.mask;

/** One line of a project's public history: "2024-05-10 调整：……". */
public record HistoryEntry(String date, String status, String reason) {
}
