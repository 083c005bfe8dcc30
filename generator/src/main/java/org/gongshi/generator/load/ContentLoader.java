package org.gongshi.generator.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongshi.generator.Problems;
import org.gongshi.generator.compliance.ComplianceRules;
import org.gongshi.generator.model.LaborShareFloor;
import org.gongshi.generator.model.ProjectRecord;
import org.gongshi.generator.model.Site;

/**
 * The load stage: reads {@code site.json}, every {@code projects/<CODE>/} folder (its roster and wage ledger as
 * CSV or .xlsx), the typical cases in
 * {@code cases/} and, when there is one, the
 * exported complaint ledger {@code complaints/ledger.json}. Syntax problems
 * (malformed files, missing fields, unknown values, bad numbers and dates) are recorded here; rules that
 * relate values to each other are the validate stage's.
 */
public final class ContentLoader {

    private static final Site PLACEHOLDER_SITE = new Site("", "", "https://example.invalid/", "/", "", new LaborShareFloor(15, ""),
            ComplianceRules.DEFAULT_WAGE_OVERDUE_DAYS, true);

    private ContentLoader() {
    }

    public static LoadedContent load(Path contentDir, Problems problems) {
        // A broken site.json must not hide the projects' problems, so carry on with placeholders.
        Site site = readSite(contentDir, problems).orElse(PLACEHOLDER_SITE);
        List<LoadedProject> projects = projectDirs(contentDir, problems).parallelStream()
                .map(dir -> loadProject(dir, site, problems))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(p -> p.record().project().code()))
                .toList();
        return new LoadedContent(contentDir, site, projects, CaseReader.readAll(contentDir, problems),
                readComplaints(contentDir, problems));
    }

    /**
     * The project's {@code NAME.csv} and {@code NAME.xlsx} that exist. Both at once is reported: which of the two
     * is current only the office knows. An old {@code .xls} beside them is reported too, rather than silently unread.
     */
    private static List<Path> sheetFiles(Path dir, String name, Problems problems) {
        Path xls = dir.resolve(name + ".xls");
        if (Files.exists(xls)) {
            problems.add(xls, 1, "", "旧版 Excel 文件（.xls）无法读取；请在 Excel 中另存为 " + name + ".xlsx 或 " + name + ".csv，再删去这个文件");
        }
        List<Path> files = Stream.of(".csv", ".xlsx").map(ext -> dir.resolve(name + ext)).filter(Files::exists).toList();
        if (files.size() > 1) {
            problems.add(files.get(1), 1, "", "同一项目里同时有 " + name + ".csv 和 " + name + ".xlsx，请只保留其中一个");
        }
        return files;
    }

    private static Optional<Path> only(List<Path> files) {
        return files.size() == 1 ? Optional.of(files.get(0)) : Optional.empty();
    }

    /** Optional: a portal without the hotline server, or before its first export, has no ledger. */
    private static Optional<LoadedLedger> readComplaints(Path contentDir, Problems problems) {
        Path ledgerFile = contentDir.resolve(ComplaintLedgerReader.PATH);
        return Files.exists(ledgerFile) ? ComplaintLedgerReader.read(ledgerFile, problems) : Optional.empty();
    }

    public static Optional<Site> readSite(Path contentDir, Problems problems) {
        Path siteFile = contentDir.resolve("site.json");
        if (!Files.isRegularFile(siteFile)) {
            problems.add(siteFile, 1, "", "找不到 site.json（门户设置文件）");
            return Optional.empty();
        }
        return SiteReader.read(siteFile, problems);
    }

    private static List<Path> projectDirs(Path contentDir, Problems problems) {
        Path projectsDir = contentDir.resolve("projects");
        if (!Files.isDirectory(projectsDir)) {
            problems.add(projectsDir, 1, "", "找不到 projects 目录");
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(projectsDir)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            problems.add(projectsDir, 1, "", "无法读取目录：" + e.getMessage());
            return List.of();
        }
    }

    private static Optional<LoadedProject> loadProject(Path dir, Site site, Problems problems) {
        Path projectFile = dir.resolve("project.json");
        if (!Files.isRegularFile(projectFile)) {
            problems.add(projectFile, 1, "", "项目目录中缺少 project.json");
            return Optional.empty();
        }
        Optional<JsonFile> json = JsonFile.read(projectFile, problems);
        List<Path> rosterFiles = sheetFiles(dir, "roster", problems);
        List<Path> wagesFiles = sheetFiles(dir, "wages", problems);
        Optional<RosterReader.Roster> roster = only(rosterFiles).flatMap(file -> RosterReader.read(file, problems));
        Optional<WageReader.Ledger> ledger = only(wagesFiles).flatMap(file -> WageReader.read(file, problems));
        Path rosterFile = only(rosterFiles).orElse(dir.resolve("roster.csv"));
        Path wagesFile = only(wagesFiles).orElse(dir.resolve("wages.csv"));
        if (!wagesFiles.isEmpty() && rosterFiles.isEmpty()) {
            problems.add(wagesFile, 1, "", "有工资发放台账 " + wagesFile.getFileName() + "，却没有用工名册 roster.csv 或 roster.xlsx");
        }
        return json.map(j -> {
            JsonFields fields = new JsonFields(j, problems);
            ProjectRecord record = new ProjectRecord(
                    ProjectReader.read(fields, site),
                    roster.map(RosterReader.Roster::workers).orElse(List.of()),
                    ledger.map(WageReader.Ledger::payments).orElse(List.of()));
            return new LoadedProject(dir, record, fields.lines(),
                    rosterFile, roster.map(RosterReader.Roster::lines).orElse(List.of()),
                    wagesFile, ledger.map(WageReader.Ledger::lines).orElse(List.of()));
        }).filter(Objects::nonNull);
    }
}
