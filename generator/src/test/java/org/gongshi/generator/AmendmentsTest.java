package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A published notice changes only with a dated amendment that says what changed and why: the build compares
 * every record with the one it published last time and refuses a silent edit.
 */
class AmendmentsTest {

    private static final String CODE = ContentTree.FIRST;
    private static final String NEW_CONTENT = "改造提升公共厕所4座，新建垃圾分类收集亭8处、环卫工具房1座。";

    private static void amend(ObjectNode project, String field, String change, String reason) {
        ObjectNode amendment = project.withArray("amendments").addObject().put("date", "2023-07-01");
        amendment.putArray("fields").add(field);
        amendment.put("change", change).put("reason", reason);
    }

    @Test
    void aChangedPublicFieldWithoutAnAmendmentFailsTheBuildNamingTheField(@TempDir Path dir) throws Exception {
        ContentTree tree = new ContentTree(dir);
        assertTrue(tree.build().ok());
        byte[] published = Files.readAllBytes(tree.site().resolve("p/" + CODE + "/index.html"));

        tree.edit(CODE, p -> p.put("content", NEW_CONTENT));
        BuildReport report = tree.build();

        List<String> problems = ContentTree.problems(report, tree.content);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("projects/2023-QH-0008/project.json:11: content: “建设内容”与已发布的内容不同（原为“改造提升新华村"),
                problems.get(0));
        assertTrue(problems.get(0).contains("请在 amendments 最后加一条"), problems.get(0));
        assertTrue(java.util.Arrays.equals(published, Files.readAllBytes(tree.site().resolve("p/" + CODE + "/index.html"))),
                "the published notice is untouched");
    }

    @Test
    void anAmendmentNamingTheFieldLetsTheChangeThroughAndTheNoticeStatesIt(@TempDir Path dir) throws Exception {
        ContentTree tree = new ContentTree(dir);
        assertTrue(tree.build().ok());

        tree.edit(CODE, p -> {
            p.put("content", NEW_CONTENT);
            amend(p, "content", "公共厕所由3座增加为4座，取消人行道翻新", "村民代表会议提出新华村北片区缺少公厕");
        });
        BuildReport report = tree.build();

        assertTrue(report.ok(), report.problems().toString());
        Document notice = Jsoup.parse(tree.site().resolve("p/" + CODE + "/index.html").toFile(), "UTF-8");
        assertEquals(List.of("2023-07-01 建设内容调整：公共厕所由3座增加为4座，取消人行道翻新；原因：村民代表会议提出新华村北片区缺少公厕"),
                notice.select("#amendments + ol.history li").eachText());
        assertTrue(notice.text().contains(NEW_CONTENT));
    }

    @Test
    void aPublishedAmendmentCannotBeEditedOrRemoved(@TempDir Path dir) throws Exception {
        ContentTree tree = new ContentTree(dir);
        tree.edit(CODE, p -> amend(p, "content", "公共厕所由2座增加为3座", "群众意见"));
        assertTrue(tree.build().ok());

        tree.edit(CODE, p -> ((ObjectNode) p.withArray("amendments").get(0)).put("reason", "设计优化"));
        List<String> problems = ContentTree.problems(tree.build(), tree.content);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("amendments: 已发布的第 1 条变更记录（2023-07-01）被修改或删除了"), problems.get(0));
    }

    @Test
    void progressIsNotAnAmendment(@TempDir Path dir) throws Exception {
        ContentTree tree = new ContentTree(dir);
        ObjectNode[] completedSteps = new ObjectNode[2];
        tree.edit(CODE, p -> {
            ArrayNode lifecycle = p.withArray("lifecycle");
            completedSteps[1] = (ObjectNode) lifecycle.remove(4);
            completedSteps[0] = (ObjectNode) lifecycle.remove(3);
            p.remove("maintainer");
        });
        assertTrue(tree.build().ok());

        tree.edit(CODE, p -> {
            p.withArray("lifecycle").add(completedSteps[0]).add(completedSteps[1]);
            p.put("maintainer", "东河街道新华村民委员会");
            p.put("hotline", "0391-5550199");
        });
        BuildReport report = tree.build();

        assertTrue(report.ok(), "completion, a first maintainer and a new hotline need no amendment: " + report.problems());
        assertFalse(Files.readString(tree.site().resolve("p/" + CODE + "/index.html")).contains("变更记录"));
    }

    @Test
    void anAdjustmentInTheLifecycleIsSentToTheAmendmentsAndAnUnknownFieldIsNamed(@TempDir Path dir) throws Exception {
        ContentTree tree = new ContentTree(dir);
        tree.edit(CODE, p -> {
            p.withArray("lifecycle").insertObject(3).put("status", "调整").put("date", "2023-06-01").put("reason", "增加公厕1座");
            amend(p, "budget", "总投资调增", "物价上涨");
        });

        List<String> problems = SiteBuilder.check(tree.content).stream().map(p -> p.field() + ": " + p.message()).toList();

        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("lifecycle.3.status: “调整”不再写在 lifecycle 中：请改为 amendments 中的一条变更记录"),
                problems.get(0));
        assertTrue(problems.get(1).startsWith("amendments.0.fields.0: 未知的取值“budget”，可选：name、year、"), problems.get(1));
    }
}
