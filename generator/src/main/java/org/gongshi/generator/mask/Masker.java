package org.gongshi.generator.mask;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gongshi.generator.compliance.ComplianceRules;
import org.gongshi.generator.model.AmendableField;
import org.gongshi.generator.model.Amendment;
import org.gongshi.generator.model.LifecycleEvent;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.Project;
import org.gongshi.generator.model.ProjectRecord;
import org.gongshi.generator.model.Status;
import org.gongshi.generator.model.WagePayment;
import org.gongshi.generator.model.Worker;
import org.gongshi.generator.model.WorkerGroup;

/**
 * The mask stage: the ONLY place where private roster fields (names, ID numbers, phones, bank cards) are
 * read. It turns a validated {@link ProjectRecord} into a {@link PublicProject}; everything downstream
 * sees public views only.
 */
public final class Masker {

    private Masker() {
    }

    /** @param rules the compliance rules of this build, applied to the public figures only */
    public static PublicProject mask(ProjectRecord record, CheckCodes checkCodes, ComplianceRules rules) {
        Project p = record.project();
        Status status = p.status();
        List<PublicWageLine> lines = wageLines(record, checkCodes);
        List<WageBatch> batches = batches(lines);
        LaborShare planned = new LaborShare(p.laborPlanned(), p.centralFunds());
        LaborShare paid = new LaborShare(p.laborPaid(), p.centralFunds());
        return new PublicProject(
                p,
                PublicProject.urlOf(p.code()),
                status.label(),
                status.isBuilt(),
                Withdrawal.of(p).stream().toList(),
                p.area().label() + "·" + p.subType(),
                p.reliefModes().stream().map(m -> m.label()).toList(),
                planned,
                paid,
                employed(p),
                p.workers().employedTotal(),
                p.lifecycle().stream().map(Masker::history).toList(),
                p.amendments().stream().map(Masker::amendment).toList(),
                lines,
                batches,
                total("合计", lines),
                rules.flags(p, batches, PublicProject.relevantShare(status.isBuilt(), planned, paid)));
    }

    private static HistoryEntry history(LifecycleEvent e) {
        return new HistoryEntry(e.date().toString(), e.status().label(), e.reason());
    }

    private static AmendmentEntry amendment(Amendment a) {
        return new AmendmentEntry(a.date().toString(),
                a.fields().stream().map(AmendableField::label).collect(Collectors.joining("、")), a.change(), a.reason());
    }

    private static List<GroupCount> employed(Project p) {
        List<GroupCount> counts = new ArrayList<>();
        for (WorkerGroup group : WorkerGroup.values()) {
            counts.add(new GroupCount(group.label(), p.workers().employed().getOrDefault(group, 0)));
        }
        return counts;
    }

    private static List<PublicWageLine> wageLines(ProjectRecord record, CheckCodes checkCodes) {
        Map<String, Worker> byId = record.roster().stream()
                .collect(Collectors.toMap(Worker::idNumber, Function.identity(), (a, b) -> a));
        Map<String, String> codes = new HashMap<>();
        List<PublicWageLine> lines = new ArrayList<>();
        for (WagePayment w : record.wages()) {
            Worker worker = byId.get(w.idNumber());
            lines.add(new PublicWageLine(
                    Names.mask(worker.name()),
                    codes.computeIfAbsent(worker.idNumber(), checkCodes::of),
                    worker.villageGroup(),
                    worker.group().label(),
                    worker.job(),
                    w.period().toString(),
                    w.days(),
                    w.due(),
                    w.paid(),
                    w.payDate().map(Object::toString).orElse(""),
                    w.paidToCard(),
                    w.confirmed()));
        }
        return lines;
    }

    private static List<WageBatch> batches(List<PublicWageLine> lines) {
        Map<String, List<PublicWageLine>> byPeriod = new TreeMap<>();
        for (PublicWageLine line : lines) {
            byPeriod.computeIfAbsent(line.period(), k -> new ArrayList<>()).add(line);
        }
        return byPeriod.entrySet().stream().map(e -> total(e.getKey(), e.getValue())).toList();
    }

    private static WageBatch total(String period, List<PublicWageLine> lines) {
        Money due = Money.ZERO;
        Money paid = Money.ZERO;
        int days = 0;
        int toCard = 0;
        int confirmed = 0;
        int unpaid = 0;
        for (PublicWageLine line : lines) {
            due = due.plus(line.due());
            paid = paid.plus(line.paid());
            days += line.days();
            toCard += line.paidToCard() ? 1 : 0;
            confirmed += line.confirmed() ? 1 : 0;
            unpaid += line.payDate().isEmpty() ? 1 : 0;
        }
        return new WageBatch(period, lines.size(), days, due, paid, toCard, confirmed, unpaid);
    }
}
