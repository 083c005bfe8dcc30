package org.gongshi.generator.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.gongshi.generator.model.AmendableField;
import org.gongshi.generator.model.Amendment;
import org.gongshi.generator.model.ConstructionArea;
import org.gongshi.generator.model.DateRange;
import org.gongshi.generator.model.LaborShareFloor;
import org.gongshi.generator.model.LifecycleEvent;
import org.gongshi.generator.model.Project;
import org.gongshi.generator.model.ReliefMode;
import org.gongshi.generator.model.Site;
import org.gongshi.generator.model.Status;
import org.gongshi.generator.model.WorkerGroup;
import org.gongshi.generator.model.Workers;

/** Turns a {@code project.json} into a {@link Project}, resolving optional fields against the site defaults. */
final class ProjectReader {

    private static final List<String> AREAS = Arrays.stream(ConstructionArea.values()).map(ConstructionArea::label).toList();
    private static final List<String> MODES = Arrays.stream(ReliefMode.values()).map(ReliefMode::label).toList();
    private static final List<String> STATUSES = Arrays.stream(Status.values()).map(Status::label).toList();
    private static final List<String> AMENDABLE = Arrays.stream(AmendableField.values()).map(AmendableField::key).toList();
    private static final String ADJUSTED = "调整";
    private static final List<String> GROUPS = Arrays.stream(WorkerGroup.values()).map(WorkerGroup::label).toList();

    private ProjectReader() {
    }

    static Project read(JsonFields f, Site site) {
        ConstructionArea area = f.label("/area", ConstructionArea::fromLabel, AREAS)
                .orElse(ConstructionArea.RURAL_PUBLIC_INFRASTRUCTURE);
        String subType = f.text("/subType");
        if (!subType.isEmpty() && f.has("/area") && ConstructionArea.fromLabel(f.text("/area")).isPresent()
                && !area.subTypes().contains(subType)) {
            f.problem("/subType", "“" + area.label() + "”下没有子类“" + subType + "”，可选："
                    + String.join("、", area.subTypes()));
        }
        return new Project(
                f.text("/code"),
                f.text("/name"),
                f.integer("/year", 2000, 2100),
                f.text("/town"),
                f.text("/village"),
                f.text("/approvalDocument"),
                area,
                subType,
                reliefModes(f),
                f.text("/content"),
                f.text("/benefit"),
                f.fen("/investmentFen"),
                f.fen("/centralFundsFen"),
                f.fen("/laborPlannedFen"),
                f.fen("/laborPaidFen"),
                f.has("/laborShareFloor")
                        ? new LaborShareFloor(f.integer("/laborShareFloor/percent", 0, 100), f.text("/laborShareFloor/rule"))
                        : site.laborShareFloor(),
                f.text("/ownerUnit"),
                f.text("/builder"),
                f.optionalText("/maintainer").orElse(""),
                f.optionalText("/hotline").orElse(site.hotline()),
                new DateRange(f.date("/construction/start"), f.date("/construction/end")),
                new DateRange(f.date("/notice/start"), f.date("/notice/end")),
                workers(f),
                lifecycle(f),
                amendments(f),
                f.optionalText("/remarks").orElse(""));
    }

    private static List<ReliefMode> reliefModes(JsonFields f) {
        List<ReliefMode> modes = new ArrayList<>();
        for (String pointer : f.elements("/reliefModes")) {
            f.label(pointer, ReliefMode::fromLabel, MODES).ifPresent(mode -> {
                if (modes.contains(mode)) {
                    f.problem(pointer, "赈济方式“" + mode.label() + "”重复");
                } else {
                    modes.add(mode);
                }
            });
        }
        return modes;
    }

    private static Workers workers(JsonFields f) {
        Map<WorkerGroup, Integer> employed = new EnumMap<>(WorkerGroup.class);
        for (WorkerGroup group : WorkerGroup.values()) {
            employed.put(group, 0);
        }
        for (String name : f.memberNames("/workers/employed")) {
            String pointer = "/workers/employed/" + name;
            WorkerGroup.fromLabel(name).ifPresentOrElse(
                    group -> employed.put(group, f.integer(pointer, 0, 100_000)),
                    () -> f.problem(pointer, "未知的人员类别“" + name + "”，可选：" + String.join("、", GROUPS)));
        }
        return new Workers(f.integer("/workers/planned", 0, 100_000), employed);
    }

    private static List<LifecycleEvent> lifecycle(JsonFields f) {
        List<LifecycleEvent> events = new ArrayList<>();
        for (String pointer : f.elements("/lifecycle")) {
            if (f.optionalText(pointer + "/status").filter(ADJUSTED::equals).isPresent()) {
                f.problem(pointer + "/status", "“调整”不再写在 lifecycle 中：请改为 amendments 中的一条变更记录"
                        + " {\"date\", \"fields\", \"change\", \"reason\"}，写明改了哪些字段、改成什么、为什么改");
                continue;
            }
            f.label(pointer + "/status", Status::fromLabel, STATUSES).ifPresent(status -> events.add(
                    new LifecycleEvent(status, f.date(pointer + "/date"), f.optionalText(pointer + "/reason").orElse(""),
                            f.optionalText(pointer + "/successor").orElse(""))));
        }
        return events;
    }

    /** Optional: a record without amendments has an empty list. */
    private static List<Amendment> amendments(JsonFields f) {
        if (!f.has("/amendments")) {
            return List.of();
        }
        List<Amendment> amendments = new ArrayList<>();
        for (String pointer : f.elementsOrNone("/amendments")) {
            List<AmendableField> fields = new ArrayList<>();
            for (String field : f.elements(pointer + "/fields")) {
                f.label(field, AmendableField::fromKey, AMENDABLE).ifPresent(fields::add);
            }
            amendments.add(new Amendment(f.date(pointer + "/date"), fields, f.text(pointer + "/change"),
                    f.text(pointer + "/reason")));
        }
        return amendments;
    }
}
