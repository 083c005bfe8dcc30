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
 * The load stage: reads {@code site.json}, every {@code projects/<CODE>/} folder, the typical cases in
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
        Path rosterFile = dir.resolve("roster.csv");
        Path wagesFile = dir.resolve("wages.csv");
        Optional<RosterReader.Roster> roster = Files.exists(rosterFile)
                ? RosterReader.read(rosterFile, problems) : Optional.empty();
        Optional<WageReader.Ledger> ledger = Files.exists(wagesFile)
                ? WageReader.read(wagesFile, problems) : Optional.empty();
        if (Files.exists(wagesFile) && !Files.exists(rosterFile)) {
            problems.add(wagesFile, 1, "", "有工资发放台账 wages.csv，却没有用工名册 roster.csv");
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
