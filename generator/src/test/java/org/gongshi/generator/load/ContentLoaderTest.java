package org.gongshi.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongshi.generator.ContentTree;
import org.gongshi.generator.Problems;
import org.gongshi.generator.model.LaborShareFloor;
import org.gongshi.generator.model.Money;
import org.gongshi.generator.model.Project;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

    @TempDir
    Path dir;

    private final Problems problems = new Problems();

    @Test
    void loadsASampleProjectWithItsRosterAndWages() throws URISyntaxException {
        Path content = Path.of(ContentLoaderTest.class.getResource("/clean-content").toURI());

        LoadedContent loaded = ContentLoader.load(content, problems);

        assertTrue(problems.isEmpty(), () -> problems.sorted().toString());
        assertEquals("青禾县以工代赈项目公示平台", loaded.site().title());
        assertEquals(1, loaded.projects().size());
        LoadedProject p = loaded.projects().get(0);
        Project project = p.record().project();
        assertEquals("2023-QH-0008", project.code());
        assertEquals(new Money(13594250), project.laborPaid());
        assertEquals(new LaborShareFloor(15, "《“十四五”以工代赈工作实施方案》：劳务报酬占中央资金比例不低于15%"),
                project.laborShareFloor());
        assertEquals("0391-5550100", project.hotline());
        assertEquals(14, p.record().roster().size());
        assertEquals(45, p.record().wages().size());
        assertEquals(2, p.rosterLines().get(0));
        assertEquals(46, p.wageLines().get(44));
        assertEquals(2, p.projectLines().line("/code"));
    }

    @Test
    void reportsAMissingSiteFileAndProjectsFolder() {
        ContentLoader.load(dir, problems);

        assertEquals(List.of(
                "projects:1: : 找不到 projects 目录",
                "site.json:1: : 找不到 site.json（门户设置文件）"), lines());
    }

    @Test
    void reportsAProjectFolderWithoutProjectJson() throws IOException {
        Files.createDirectories(dir.resolve("projects/2023-QH-0001"));

        LoadedContent loaded = ContentLoader.load(dir, problems);

        assertEquals(List.of(), loaded.projects());
        assertTrue(lines().contains("project.json:1: : 项目目录中缺少 project.json"), lines().toString());
    }

    @Test
    void reportsWagesWithoutARoster() throws IOException {
        Path project = Files.createDirectories(dir.resolve("projects/2023-QH-0001"));
        Files.writeString(project.resolve("project.json"), "{}");
        Files.writeString(project.resolve("wages.csv"), "姓名,身份证号,发放期间,务工天数,应发金额,实发金额,发放日期,打卡发放,本人确认\n");

        ContentLoader.load(dir, problems);

        assertTrue(lines().contains("wages.csv:1: : 有工资发放台账 wages.csv，却没有用工名册 roster.csv 或 roster.xlsx"), lines().toString());
    }

    @Test
    void loadsARosterWorkbookInPlaceOfTheCsvWithTheSameWorkers() throws URISyntaxException, IOException {
        Path clean = Path.of(ContentLoaderTest.class.getResource("/clean-content").toURI());
        Path content = dir.resolve("content");
        ContentTree.copy(clean, content);
        Path project = content.resolve("projects/2023-QH-0008");
        List<String[]> csv = Files.readAllLines(project.resolve("roster.csv")).stream()
                .map(line -> line.replace("\uFEFF", "").split(",", -1)).toList();
        XlsxFiles.write(project.resolve("roster.xlsx"), sheet -> {
            for (int i = 0; i < csv.size(); i++) {
                XlsxFiles.row(sheet, i + 1, (Object[]) csv.get(i));
            }
        });
        Files.delete(project.resolve("roster.csv"));

        LoadedProject fromWorkbook = ContentLoader.load(content, problems).projects().get(0);

        assertTrue(problems.isEmpty(), () -> lines().toString());
        LoadedProject fromCsv = ContentLoader.load(clean, new Problems()).projects().get(0);
        assertEquals(fromCsv.record(), fromWorkbook.record());
        assertEquals(fromCsv.rosterLines(), fromWorkbook.rosterLines());
        assertEquals(project.resolve("roster.xlsx"), fromWorkbook.rosterFile());
    }

    @Test
    void reportsARosterGivenBothAsCsvAndAsWorkbook() throws IOException {
        Path project = Files.createDirectories(dir.resolve("projects/2023-QH-0001"));
        Files.writeString(project.resolve("project.json"), "{}");
        Files.writeString(project.resolve("roster.csv"), "姓名\n");
        XlsxFiles.write(project.resolve("roster.xlsx"), sheet -> XlsxFiles.row(sheet, 1, "姓名"));

        ContentLoader.load(dir, problems);

        assertTrue(lines().contains("roster.xlsx:1: : 同一项目里同时有 roster.csv 和 roster.xlsx，请只保留其中一个"), lines().toString());
    }

    @Test
    void reportsAnOldXlsLedgerInsteadOfIgnoringIt() throws IOException {
        Path project = Files.createDirectories(dir.resolve("projects/2023-QH-0001"));
        Files.writeString(project.resolve("project.json"), "{}");
        Files.write(project.resolve("wages.xls"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});

        ContentLoader.load(dir, problems);

        assertTrue(lines().contains("wages.xls:1: : 旧版 Excel 文件（.xls）无法读取；请在 Excel 中另存为 wages.xlsx 或 wages.csv，再删去这个文件"),
                lines().toString());
    }

    private List<String> lines() {
        return ProblemLines.of(problems);
    }
}
