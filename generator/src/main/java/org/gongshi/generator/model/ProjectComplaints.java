package org.gongshi.generator.model;

/** One ledger entry: the complaints that named this project code. */
public record ProjectComplaints(String code, ComplaintCounts complaints) {
}
