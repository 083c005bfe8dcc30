package org.gongshi.generator.validate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gongshi.generator.Problems;
import org.gongshi.generator.load.LoadedCase;
import org.gongshi.generator.load.LoadedContent;
import org.gongshi.generator.load.LoadedProject;
import org.gongshi.generator.model.LifecycleEvent;

/** The validate stage: every rule over the loaded content, each problem recorded with its file and line. */
public final class ContentValidator {

    private ContentValidator() {
    }

    public static void validate(LoadedContent content, Problems problems, LocalDate today) {
        Problems unreadable = problems.snapshot();
        content.projects().parallelStream().forEach(p -> new ProjectValidator(p, problems, unreadable, today).validate());
        unique(content, problems, "/code", p -> p.record().project().code(), "项目编号");
        unique(content, problems, "/approvalDocument", p -> p.record().project().approvalDocument(), "文号");
        successorsExist(content, problems);
        caseProjectsExist(content, problems);
        PagesValidator.validate(content.dir().resolve("pages"), problems);
        content.complaints().ifPresent(ledger -> ComplaintLedgerValidator.validate(ledger, problems, unreadable));
    }

    /** A withdrawn project's pages link to its successor, so the successor must be published too. */
    private static void successorsExist(LoadedContent content, Problems problems) {
        Set<String> codes = content.projects().stream().map(p -> p.record().project().code()).collect(Collectors.toSet());
        for (LoadedProject p : content.projects()) {
            List<LifecycleEvent> events = p.record().project().lifecycle();
            for (int i = 0; i < events.size(); i++) {
                String successor = events.get(i).successor();
                if (!successor.isEmpty() && !codes.contains(successor)) {
                    String pointer = "/lifecycle/" + i + "/successor";
                    problems.add(p.projectLines().file(), p.projectLines().line(pointer), pointer.substring(1).replace('/', '.'),
                            "后续项目“" + successor + "”不在 projects/ 中");
                }
            }
        }
    }

    /** A case shows its projects' figures and each of those notices links back to it. */
    private static void caseProjectsExist(LoadedContent content, Problems problems) {
        Set<String> codes = content.projects().stream().map(p -> p.record().project().code()).collect(Collectors.toSet());
        for (LoadedCase c : content.cases()) {
            for (String code : c.typicalCase().projectCodes()) {
                if (!codes.contains(code)) {
                    problems.add(c.file(), c.projectsLine(), "projects", "案例中的项目编号“" + code + "”不在 projects/ 中");
                }
            }
        }
    }

    private static void unique(LoadedContent content, Problems problems, String pointer,
                               java.util.function.Function<LoadedProject, String> key, String label) {
        Map<String, LoadedProject> seen = new HashMap<>();
        for (LoadedProject p : content.projects()) {
            String value = key.apply(p);
            if (value.isEmpty()) {
                continue;
            }
            LoadedProject first = seen.putIfAbsent(value, p);
            if (first != null) {
                problems.add(p.projectLines().file(), p.projectLines().line(pointer), pointer.substring(1),
                        label + "“" + value + "”重复，已用于 " + first.projectLines().file());
            }
        }
    }
}
