package org.gongshi.generator.model;

import java.util.List;

/** A project with its private roster and its wage ledger, as loaded and validated. */
public record ProjectRecord(Project project, List<Worker> roster, List<WagePayment> wages) {

    public ProjectRecord {
        roster = List.copyOf(roster);
        wages = List.copyOf(wages);
    }
}
