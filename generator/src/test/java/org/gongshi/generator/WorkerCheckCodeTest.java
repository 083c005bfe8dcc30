package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gongshi.generator.load.CheckCodeSecret;
import org.gongshi.generator.load.ContentLoader;
import org.gongshi.generator.load.LoadedProject;
import org.gongshi.generator.mask.CheckCodes;
import org.gongshi.generator.model.WagePayment;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 核对码 on wage lines: which worker a line belongs to, told only to whoever holds the pay slip. */
class WorkerCheckCodeTest {

    private static final String CODE = ContentTree.FIRST;
    private static final String SECRET = "a-real-office-secret-2026";

    private static Document wages(Path site, String code) throws IOException {
        return Jsoup.parse(site.resolve("p/" + code + "/wages/index.html").toFile(), "UTF-8");
    }

    private static List<String> codes(Document wages) {
        return wages.select("table.ledger").last().select("tbody td.check-code").eachText();
    }

    @Test
    void everySampleWageLineCarriesTheCodeOfItsWorkersIdNumberUnderTheDemoSecret() throws IOException {
        CheckCodes demo = CheckCodeSecret.read(Map.of(), BuiltSite.CONTENT, true, true, new Problems()).orElseThrow();
        int lines = 0;
        for (LoadedProject p : ContentLoader.load(BuiltSite.CONTENT, new Problems()).projects()) {
            List<WagePayment> ledger = p.record().wages();
            if (ledger.isEmpty()) {
                continue;
            }
            Document page = wages(BuiltSite.site(), p.record().project().code());
            assertEquals(ledger.stream().map(w -> demo.of(w.idNumber())).toList(), codes(page), p.record().project().code());
            assertTrue(page.selectFirst(".check-code-note").text().contains("本站为示例站点，核对码用公开的演示密钥生成"));
            lines += ledger.size();
        }
        assertTrue(lines > 100, lines + " wage lines");
    }

    @Test
    void theSameSecretGivesTheSameCodesInEveryBuildAndAnotherSecretOthers(@TempDir Path dir) throws Exception {
        ContentTree first = new ContentTree(dir.resolve("a"));
        assertTrue(first.build(Map.of(CheckCodeSecret.VARIABLE, SECRET)).ok());
        Path secretFile = Files.writeString(dir.resolve("secret.txt"), SECRET + "\n", StandardCharsets.UTF_8);
        ContentTree second = new ContentTree(dir.resolve("b"));
        assertTrue(second.build(Map.of(CheckCodeSecret.FILE_VARIABLE, secretFile.toString())).ok());
        ContentTree demo = new ContentTree(dir.resolve("c"));
        assertTrue(demo.build().ok());

        List<String> real = codes(wages(first.site(), CODE));
        assertEquals(real, codes(wages(second.site(), CODE)));
        assertNotEquals(real, codes(wages(demo.site(), CODE)));
        assertFalse(wages(first.site(), CODE).selectFirst(".check-code-note").text().contains("演示密钥"));
    }

    @Test
    void aRealSiteWithWagesAndNoSecretIsRefusedAndASecretFileInsideTheContentTooThePreviousSiteStays(@TempDir Path dir)
            throws Exception {
        ContentTree tree = new ContentTree(dir);
        Path site = tree.content.resolve("site.json");
        Files.writeString(site, Files.readString(site).replace("\"sample\": true", "\"sample\": false"));

        BuildReport noSecret = tree.build();
        assertFalse(noSecret.ok());
        String problem = ContentTree.problems(noSecret, tree.content).get(0);
        assertTrue(problem.startsWith("site.json:1: 核对码密钥: 没有设置核对码密钥。"), problem);
        assertTrue(problem.contains(CheckCodeSecret.FILE_VARIABLE), problem);
        assertFalse(Files.exists(tree.site()));

        Path inside = Files.writeString(tree.content.resolve("secret.txt"), SECRET);
        BuildReport leaked = tree.build(Map.of(CheckCodeSecret.FILE_VARIABLE, inside.toString()));
        assertEquals(List.of("secret.txt:1: 核对码密钥: 密钥文件在内容目录中，会随内容一起复制或公开；请移到内容目录以外"),
                ContentTree.problems(leaked, tree.content));

        BuildReport tooShort = tree.build(Map.of(CheckCodeSecret.VARIABLE, "short"));
        assertEquals(List.of("site.json:1: 核对码密钥: 环境变量 GONGSHI_CHECK_CODE_SECRET中的密钥只有 5 个字符，至少需要 16 个"),
                ContentTree.problems(tooShort, tree.content));

        assertTrue(tree.build(Map.of(CheckCodeSecret.VARIABLE, SECRET)).ok());
    }

    @Test
    void aCompletedProjectWithoutMaintainerIsPublishedWithAFlagNotRefused(@TempDir Path dir) throws Exception {
        ContentTree tree = new ContentTree(dir);
        tree.edit(CODE, p -> p.remove("maintainer"));

        assertTrue(tree.build().ok());

        Document notice = Jsoup.parse(tree.site().resolve("p/" + CODE + "/index.html").toFile(), "UTF-8");
        Element flag = notice.selectFirst("#flags li");
        assertEquals("完工后未明确管护主体", flag.selectFirst("strong").text());
        assertTrue(notice.select("table.facts tr").stream()
                .anyMatch(r -> r.text().equals("运行管护责任主体 尚未明确")));
        Document flags = Jsoup.parse(tree.site().resolve("flags/index.html").toFile(), "UTF-8");
        assertEquals(List.of(CODE), flags.select("#no-maintainer tbody td.name .muted").eachText());
    }

    @Test
    void aCaseNamingAnUnknownProjectIsRefusedAtItsLine(@TempDir Path dir) throws Exception {
        ContentTree tree = new ContentTree(dir);
        Files.createDirectories(tree.content.resolve("cases"));
        Files.writeString(tree.content.resolve("cases/new-road.md"),
                "title=新路\ndate=2024-03-01\nprojects=" + CODE + "、2099-QH-0001\n~~~~~~\n正文\n");

        assertEquals(List.of("cases/new-road.md:3: projects: 案例中的项目编号“2099-QH-0001”不在 projects/ 中"),
                ContentTree.problems(tree.build(), tree.content));
    }
}
