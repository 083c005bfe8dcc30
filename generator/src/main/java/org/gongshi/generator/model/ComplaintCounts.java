package org.gongshi.generator.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Aggregate figures for a group of complaints (one project's, or those naming no known project), as exported by
 * the hotline desk. Labels keep the export's order. The median is empty when nothing in the group was closed.
 */
public record ComplaintCounts(
        int total,
        List<LabelCount> byKind,
        List<LabelCount> byStatus,
        Optional<BigDecimal> medianDaysToClose,
        List<PublicReply> replies) {

    public static final ComplaintCounts NONE = new ComplaintCounts(0, List.of(), List.of(), Optional.empty(), List.of());

    public ComplaintCounts {
        byKind = List.copyOf(byKind);
        byStatus = List.copyOf(byStatus);
        replies = List.copyOf(replies);
    }
}
