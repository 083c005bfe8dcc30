package org.gongshi.generator.render;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.generator.model.ComplaintCounts;
import org.gongshi.generator.model.ComplaintStatus;
import org.gongshi.generator.model.LabelCount;
import org.gongshi.generator.model.Public;
import org.gongshi.generator.model.PublicReply;

/**
 * A group of complaints as pages show it: labels with no complaints left out, the statuses summed into closed,
 * open and rejected, the median as printed ("" when there is none) and the replies with plain-text dates.
 */
@Public
public record ComplaintFigures(
        int total,
        List<LabelCount> byKind,
        List<LabelCount> byStatus,
        int closed,
        int open,
        int rejected,
        String medianDays,
        List<Reply> replies) {

    static final ComplaintFigures NONE = of(ComplaintCounts.NONE);

    public ComplaintFigures {
        byKind = List.copyOf(byKind);
        byStatus = List.copyOf(byStatus);
        replies = List.copyOf(replies);
    }

    /** A public reply with its dates as text; {@code closed} is "" while the complaint is not closed. */
    @Public
    public record Reply(String received, String kind, String status, String closed, String reply) {

        static Reply of(PublicReply r) {
            return new Reply(r.received().toString(), r.kind(), r.status(),
                    r.closed().map(LocalDate::toString).orElse(""), r.reply());
        }
    }

    static ComplaintFigures of(ComplaintCounts counts) {
        return sum(List.of(counts), counts.medianDaysToClose());
    }

    /**
     * Several groups as one: counts add up, labels keep the order they first appear in. A median cannot be
     * combined from medians, so the sum has none.
     */
    static ComplaintFigures sum(List<ComplaintCounts> groups) {
        return groups.size() == 1 ? of(groups.get(0)) : sum(groups, Optional.empty());
    }

    private static ComplaintFigures sum(List<ComplaintCounts> groups, Optional<BigDecimal> median) {
        int total = 0;
        Map<String, Integer> kinds = new LinkedHashMap<>();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        List<Reply> replies = new ArrayList<>();
        for (ComplaintCounts group : groups) {
            total += group.total();
            group.byKind().forEach(c -> kinds.merge(c.label(), c.count(), Integer::sum));
            group.byStatus().forEach(c -> statuses.merge(c.label(), c.count(), Integer::sum));
            group.replies().forEach(r -> replies.add(Reply.of(r)));
        }
        int closed = 0;
        int open = 0;
        int rejected = 0;
        for (Map.Entry<String, Integer> status : statuses.entrySet()) {
            // The loader admits only known labels, so every status has its enum value.
            ComplaintStatus s = ComplaintStatus.fromLabel(status.getKey()).orElseThrow();
            if (s == ComplaintStatus.CLOSED) {
                closed += status.getValue();
            } else if (s == ComplaintStatus.REJECTED) {
                rejected += status.getValue();
            } else if (s.open()) {
                open += status.getValue();
            }
        }
        return new ComplaintFigures(total, nonZero(kinds), nonZero(statuses), closed, open, rejected,
                median.map(m -> m.stripTrailingZeros().toPlainString()).orElse(""), replies);
    }

    private static List<LabelCount> nonZero(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> new LabelCount(e.getKey(), e.getValue()))
                .toList();
    }
}
