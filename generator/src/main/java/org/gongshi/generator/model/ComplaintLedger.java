package org.gongshi.generator.model;

import java.time.Instant;
import java.util.List;

/**
 * {@code content/complaints/ledger.json}: the public complaint ledger the hotline server exports. Aggregates and
 * public replies only; it holds nothing about who complained, so it needs no masking.
 */
public record ComplaintLedger(Instant generated, List<ProjectComplaints> projects, ComplaintCounts unassigned) {

    public ComplaintLedger {
        projects = List.copyOf(projects);
    }
}
