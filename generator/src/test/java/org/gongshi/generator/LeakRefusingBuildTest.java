package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongshi.generator.privacy.PrivateKind;
import org.gongshi.generator.publish.SiteVerifier;
import org.gongshi.generator.publish.UrlLedger;
import org.gongshi.generator.publish.VerifyReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Privacy is a build failure: private data planted in every free-text field, each time in another disguise, is
 * caught after rendering, named by the input field that carried it, the roster row it belongs to and the output
 * files it reached — and the previously published site stays exactly as it was.
 */
class LeakRefusingBuildTest {

    private static final String CODE = ContentTree.FIRST;
    private static final String ROSTER = "projects/" + CODE + "/roster.csv";

    /** One planted value: the input file and field it is written into, and how the problem must name it. */
    private record Plant(String what, PrivateKind kind, String value, String file, String field, String output,
                         String rosterRow) {
    }

    private static final List<Plant> PLANTS = List.of(
            new Plant("a roster name in 建设内容", PrivateKind.NAME, "吴琳玲",
                    "projects/" + CODE + "/project.json", "content", "/p/" + CODE + "/index.html", ROSTER + " 第 2 行"),
            new Plant("an ID number in fullwidth digits in 群众受益情况", PrivateKind.ID_NUMBER, "419923197801310974",
                    "projects/" + CODE + "/project.json", "benefit", "/p/" + CODE + "/index.html", ROSTER + " 第 3 行"),
            new Plant("a mobile split by zero-width spaces in 备注", PrivateKind.PHONE, "17674438364",
                    "projects/" + CODE + "/project.json", "remarks", "/p/" + CODE + "/index.html", ROSTER + " 第 4 行"),
            new Plant("a card number in groups of four in an amendment reason", PrivateKind.CARD_NUMBER, "6299018638955697551",
                    "projects/" + CODE + "/project.json", "amendments.0.reason", "/p/" + CODE + "/index.html", ROSTER + " 第 5 行"),
            new Plant("an ID number of nobody on the roster in a lifecycle reason", PrivateKind.ID_NUMBER, "11010519491231002X",
                    "projects/" + CODE + "/project.json", "lifecycle.2.reason", "/p/" + CODE + "/index.html", ""),
            new Plant("a roster name half written as an HTML escape in a case text", PrivateKind.NAME, "何香晓",
                    "cases/leak.md", "", "/cases/leak/index.html", ROSTER + " 第 6 行"),
            new Plant("a mobile with +86 and spaces in a case title", PrivateKind.PHONE, "18080230523",
                    "cases/leak.md", "", "/cases/leak/index.html", ROSTER + " 第 7 行"),
            new Plant("a card number of nobody on the roster, hyphenated, in an authored page", PrivateKind.CARD_NUMBER,
                    "6222021234567890128", "pages/about.md", "", "/about/index.html", ""));

    private static void plant(ContentTree tree) throws IOException {
        tree.edit(CODE, p -> {
            p.put("content", p.get("content").asText() + "由吴琳玲负责现场记工。");
            p.put("benefit", p.get("benefit").asText() + "困难户代表身份证号４１９９２３１９７８０１３１０９７４。");
            p.put("remarks", "现场联系电话176\u200B7443\u200B8364");
            ((ObjectNode) p.withArray("lifecycle").get(2)).put("reason", "开工登记人11010519491231002X");
            p.withArray("amendments").addObject().put("date", "2023-06-10").put("change", "增加垃圾分类收集亭2处")
                    .put("reason", "村民提议，工资卡 6299 0186 3895 5697 551 已登记").withArray("fields").add("content");
        });
        Files.createDirectories(tree.content.resolve("cases"));
        Files.writeString(tree.content.resolve("cases/leak.md"), String.join("\n",
                "title=环卫岗位联系人 +86 180 8023 0523",
                "date=2023-09-01",
                "projects=" + CODE,
                "~~~~~~",
                "保洁员何&#x9999;晓每天清扫两遍。",
                ""));
        Files.createDirectories(tree.content.resolve("pages"));
        Files.writeString(tree.content.resolve("pages/about.md"), String.join("\n",
                "title=关于本平台",
                "date=2024-01-15",
                "type=page",
                "status=published",
                "~~~~~~",
                "本平台公开以工代赈项目。",
                "",
                "退款账户 6222-0212-3456-7890-128。",
                ""));
    }

    @Test
    void everyPlantedValueIsCaughtAndNamedByItsFieldItsRosterRowAndItsOutputFile(@TempDir Path dir)
            throws IOException, URISyntaxException, BuildException {
        ContentTree tree = new ContentTree(dir);
        plant(tree);

        BuildReport report = tree.build();

        List<String> problems = ContentTree.problems(report, tree.content);
        List<String> missed = new ArrayList<>();
        for (Plant plant : PLANTS) {
            String masked = plant.kind().masked(plant.value());
            boolean named = problems.stream().anyMatch(p -> p.startsWith(plant.file() + ":")
                    && p.contains(": " + plant.field() + ": ") && p.contains("“" + masked + "”")
                    && p.contains(plant.output()) && p.contains(plant.rosterRow()) && p.endsWith("网站未更新。"));
            if (!named) {
                missed.add(plant.what() + " (" + masked + ")");
            }
        }
        System.out.printf("leak scan: caught %d of %d planted private values%n", PLANTS.size() - missed.size(), PLANTS.size());
        assertEquals(List.of(), missed, String.join("\n", problems));
        assertFalse(Files.exists(tree.site()), "nothing was published");
    }

    @Test
    void aProblemGivesTheLineOfTheFieldThatCarriedTheValue(@TempDir Path dir)
            throws IOException, URISyntaxException, BuildException {
        ContentTree tree = new ContentTree(dir);
        plant(tree);

        List<String> problems = ContentTree.problems(tree.build(), tree.content);

        assertTrue(problems.stream().anyMatch(p -> p.startsWith("cases/leak.md:1: : 含有电话号码“1808***0523”")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("cases/leak.md:5: : 含有姓名“何*晓”")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("pages/about.md:8: : 含有银行卡号“6222***********0128”")),
                problems.toString());
    }

    @Test
    void aFailedScanLeavesThePublishedSiteAndTheUrlLedgerAsTheyWere(@TempDir Path dir)
            throws IOException, URISyntaxException, BuildException {
        ContentTree tree = new ContentTree(dir);
        assertTrue(tree.build().ok());
        VerifyReport before = verify(tree.site());
        String ledger = Files.readString(tree.content.resolve(UrlLedger.FILE));
        plant(tree);

        assertFalse(tree.build().ok());

        VerifyReport after = verify(tree.site());
        assertTrue(after.ok(), after.findings().toString());
        assertEquals(before.release(), after.release(), "no new release");
        assertEquals(before.manifestSha256(), after.manifestSha256());
        assertEquals(ledger, Files.readString(tree.content.resolve(UrlLedger.FILE)));
    }

    private static VerifyReport verify(Path site) throws IOException {
        return SiteVerifier.verify(site.toString(), Optional.empty(), site, m -> { });
    }

    @Test
    void aLeakThatNoInputFieldCarriedIsReportedAsADefectAtTheOutputFile(@TempDir Path dir)
            throws IOException, URISyntaxException, BuildException {
        ContentTree tree = new ContentTree(dir);
        Path templates = dir.resolve("templates");
        ContentTree.copy(BuiltSite.TEMPLATES, templates);
        Files.writeString(templates.resolve("assets/contacts.txt"), "吴琳玲 419923198002254982\n");

        BuildReport report = SiteBuilder.build(new SiteBuilder.Options(tree.content, templates, tree.out,
                BuiltSite.AS_OF, Map.of()), m -> { });

        List<String> problems = report.problems().stream().map(Problem::toString).toList();
        assertTrue(problems.contains("site/contacts.txt:1: 身份证号: 生成的网站含有身份证号“4199**********4982”（即 "
                + tree.content.resolve(ROSTER) + " 第 2 行的身份证号），出现在 /contacts.txt。"
                + "它不来自任何公开字段，是模板或程序泄露了名册信息，请报告这个缺陷。网站未更新。"), String.join("\n", problems));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("site/contacts.txt:1: 姓名: 生成的网站含有姓名“吴*玲”")), problems.toString());
        assertFalse(Files.exists(tree.site()));
    }
}
