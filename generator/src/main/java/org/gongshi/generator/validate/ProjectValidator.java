package org.gongshi.generator.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongshi.generator.Problems;
import org.gongshi.generator.load.LoadedProject;
import org.gongshi.generator.model.Amendment;
import org.gongshi.generator.model.DateRange;
import org.gongshi.generator.model.LifecycleEvent;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.Project;
import org.gongshi.generator.model.Status;
import org.gongshi.generator.model.WagePayment;
import org.gongshi.generator.model.Worker;
import org.gongshi.generator.model.WorkerGroup;

/** Rules that relate the values of one project to each other: dates, money, lifecycle, roster and ledger. */
final class ProjectValidator {

    static final Pattern CODE = Pattern.compile("\\d{4}(-[A-Z0-9]+)+");

    private final LoadedProject loaded;
    private final Project project;
    private final Problems problems;
    private final Problems unreadable;
    private final LocalDate today;

    /**
     * @param unreadable what the load stage reported: values replaced by placeholders, which rules must not
     *                   compare (they would quote a value nobody wrote)
     */
    ProjectValidator(LoadedProject loaded, Problems problems, Problems unreadable, LocalDate today) {
        this.loaded = loaded;
        this.project = loaded.record().project();
        this.problems = problems;
        this.unreadable = unreadable;
        this.today = today;
    }

    void validate() {
        code();
        town();
        range("/construction", project.construction(), "竣工（结束）日期早于开工日期");
        range("/notice", project.notice(), "公示期结束日期早于开始日期");
        money();
        lifecycle();
        amendments();
        Map<String, Worker> roster = roster();
        wages(roster);
    }

    /** A town names its list at /projects/town/{town}/: a folder on disk and a segment of a URL. */
    private void town() {
        String town = project.town();
        if (!town.isEmpty() && !town.matches("[^./\\\\\\s][^/\\\\\\s]*")) {
            fieldProblem("/town", "乡镇（街道）名称会成为网址 /projects/town/" + town + "/ 的一部分，不能含有空格、/ 或 \\，也不能以 . 开头");
        }
    }

    private void fieldProblem(String pointer, String message) {
        problems.add(loaded.projectLines().file(), loaded.projectLines().line(pointer), name(pointer), message);
    }

    /** Every pointer was read as written: none of them was already reported as unreadable. */
    private boolean readable(String... pointers) {
        for (String pointer : pointers) {
            if (unreadable.reported(loaded.projectLines().file(), loaded.projectLines().line(pointer), name(pointer))) {
                return false;
            }
        }
        return true;
    }

    private static String name(String pointer) {
        return pointer.substring(1).replace('/', '.');
    }

    private void code() {
        String code = project.code();
        if (code.isEmpty()) {
            return;
        }
        if (!CODE.matcher(code).matches() || code.length() > 40) {
            fieldProblem("/code", "项目编号“" + code + "”格式不对：应以四位年份开头，只含大写字母、数字和“-”，如 2023-QH-0012");
        } else if (!code.startsWith(Integer.toString(project.year()))) {
            fieldProblem("/code", "项目编号应以年度 " + project.year() + " 开头");
        }
        String folder = loaded.dir().getFileName().toString();
        if (!folder.equals(code)) {
            fieldProblem("/code", "项目编号“" + code + "”与所在目录名“" + folder + "”不一致");
        }
    }

    private void range(String pointer, DateRange range, String message) {
        if (readable(pointer + "/start", pointer + "/end") && range.end().isBefore(range.start())) {
            fieldProblem(pointer + "/end", message + "（" + range.start() + " 至 " + range.end() + "）");
        }
    }

    private void money() {
        if (!readable("/investmentFen", "/centralFundsFen", "/laborPlannedFen", "/laborPaidFen")) {
            return;
        }
        if (project.centralFunds().compareTo(project.investment()) > 0) {
            fieldProblem("/centralFundsFen", "中央资金（" + project.centralFunds().yuan() + " 元）超过总投资（"
                    + project.investment().yuan() + " 元）");
        }
        if (project.laborPaid().compareTo(project.centralFunds()) > 0) {
            fieldProblem("/laborPaidFen", "已发放劳务报酬（" + project.laborPaid().yuan() + " 元）超过中央资金（"
                    + project.centralFunds().yuan() + " 元）");
        }
        if (project.laborPlanned().compareTo(project.centralFunds()) > 0) {
            fieldProblem("/laborPlannedFen", "计划劳务报酬（" + project.laborPlanned().yuan() + " 元）超过中央资金（"
                    + project.centralFunds().yuan() + " 元）");
        }
    }

    private void lifecycle() {
        List<LifecycleEvent> events = project.lifecycle();
        for (int i = 0; i < events.size(); i++) {
            LifecycleEvent event = events.get(i);
            String pointer = "/lifecycle/" + i;
            if (event.status().isWithdrawn() && event.reason().isBlank()) {
                fieldProblem(pointer + "/reason", "“" + event.status().label() + "”必须写明原因");
            }
            successor(pointer, event);
            if (i > 0 && readable(pointer + "/date", "/lifecycle/" + (i - 1) + "/date")
                    && event.date().isBefore(events.get(i - 1).date())) {
                fieldProblem(pointer + "/date", "进度日期应按时间先后排列，" + event.date() + " 早于上一条的 "
                        + events.get(i - 1).date());
            }
            if (i > 0 && events.get(i - 1).status().isWithdrawn()) {
                fieldProblem(pointer + "/status", "项目已" + events.get(i - 1).status().label() + "，之后不能再有“"
                        + event.status().label() + "”");
            }
        }
    }

    /** Whether the successor exists is a question about the whole content tree: {@link ContentValidator} asks it. */
    private void successor(String pointer, LifecycleEvent event) {
        String successor = event.successor();
        if (successor.isEmpty()) {
            if (event.status() == Status.MERGED) {
                fieldProblem(pointer + "/successor", "“合并”必须写明并入的项目编号（successor）");
            }
        } else if (!event.status().isWithdrawn()) {
            fieldProblem(pointer + "/successor", "只有“撤销”或“合并”可以写后续项目（successor）");
        } else if (successor.equals(project.code())) {
            fieldProblem(pointer + "/successor", "后续项目不能是本项目自己");
        }
    }

    private void amendments() {
        List<Amendment> amendments = project.amendments();
        for (int i = 1; i < amendments.size(); i++) {
            String pointer = "/amendments/" + i + "/date";
            if (readable(pointer, "/amendments/" + (i - 1) + "/date")
                    && amendments.get(i).date().isBefore(amendments.get(i - 1).date())) {
                fieldProblem(pointer, "变更记录应按时间先后排列，新的一条加在最后；" + amendments.get(i).date()
                        + " 早于上一条的 " + amendments.get(i - 1).date());
            }
        }
    }

    /** Checks every roster row and returns the roster by ID number. */
    private Map<String, Worker> roster() {
        Map<String, Worker> byId = new HashMap<>();
        Map<WorkerGroup, Integer> counts = new EnumMap<>(WorkerGroup.class);
        List<Worker> workers = loaded.record().roster();
        Path file = loaded.rosterFile();
        for (int i = 0; i < workers.size(); i++) {
            Worker w = workers.get(i);
            int line = loaded.rosterLines().get(i);
            if (!w.name().isEmpty() && w.name().codePointCount(0, w.name().length()) < 2) {
                problems.add(file, line, "姓名", "姓名至少两个字");
            }
            if (!w.idNumber().isEmpty()) {
                IdNumbers.problem(w.idNumber(), today).ifPresent(m -> problems.add(file, line, "身份证号", m));
                if (byId.putIfAbsent(w.idNumber(), w) != null) {
                    problems.add(file, line, "身份证号", "同一身份证号在名册中出现了两次");
                }
            }
            if (!w.phone().isEmpty() && !PhoneNumbers.isMobile(w.phone())) {
                problems.add(file, line, "联系电话", "应为11位手机号码");
            }
            if (!w.cardNumber().isEmpty() && !CardNumbers.isValid(w.cardNumber())) {
                problems.add(file, line, "银行卡号", "银行卡号应为13–19位数字且校验正确，请核对是否抄错");
            }
            counts.merge(w.group(), 1, Integer::sum);
        }
        if (!workers.isEmpty()) {
            for (WorkerGroup group : WorkerGroup.values()) {
                int declared = project.workers().employed().getOrDefault(group, 0);
                int listed = counts.getOrDefault(group, 0);
                if (declared != listed) {
                    fieldProblem("/workers/employed", group.label() + "务工人数写的是 " + declared + " 人，用工名册中有 " + listed + " 人");
                }
            }
        }
        return byId;
    }

    private void wages(Map<String, Worker> roster) {
        List<WagePayment> payments = loaded.record().wages();
        Path file = loaded.wagesFile();
        Money paid = Money.ZERO;
        for (int i = 0; i < payments.size(); i++) {
            WagePayment p = payments.get(i);
            int line = loaded.wageLines().get(i);
            paid = paid.plus(p.paid());
            if (unreadable.reported(file, line)) {
                continue;
            }
            Worker worker = roster.get(p.idNumber());
            if (worker == null && !p.idNumber().isEmpty()) {
                problems.add(file, line, "身份证号", "这名务工人员（" + p.name() + "）不在用工名册 " + loaded.rosterFile().getFileName() + " 中");
            } else if (worker != null && !worker.name().equals(p.name())) {
                problems.add(file, line, "姓名", "与用工名册中同一身份证号的姓名不一致");
            }
            if (p.paid().compareTo(p.due()) > 0) {
                problems.add(file, line, "实发金额", "实发金额（" + p.paid().yuan() + " 元）超过应发金额（" + p.due().yuan() + " 元）");
            }
            if (p.paid().fen() > 0 && p.payDate().isEmpty()) {
                problems.add(file, line, "发放日期", "已发放金额却没有发放日期");
            }
        }
        boolean everyLineRead = loaded.wageLines().stream().noneMatch(line -> unreadable.reported(file, line));
        if (!payments.isEmpty() && everyLineRead && readable("/laborPaidFen") && paid.fen() != project.laborPaid().fen()) {
            fieldProblem("/laborPaidFen", "已发放劳务报酬写的是 " + project.laborPaid().yuan() + " 元，工资发放台账 " + file.getFileName() + " 实发合计 "
                    + paid.yuan() + " 元，两者应一致");
        }
    }
}
