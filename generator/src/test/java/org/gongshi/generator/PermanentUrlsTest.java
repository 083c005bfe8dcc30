package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gongshi.generator.publish.UrlLedger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every URL a build published answers forever: the ledger in the content tree remembers them, a build that
 * would lose one fails and publishes nothing, and a cancelled or merged project keeps its URLs as tombstones.
 */
class PermanentUrlsTest {

    private static final String SECOND = "2023-QH-0010";

    private static Document page(Path site, String url) throws Exception {
        return Jsoup.parse(site.resolve(url.substring(1)).resolve("index.html").toFile(), "UTF-8");
    }

    private static void withdraw(ObjectNode project, String status, String date, String reason, String successor) {
        ObjectNode event = project.withArray("lifecycle").addObject().put("status", status).put("date", date).put("reason", reason);
        if (!successor.isEmpty()) {
            event.put("successor", successor);
        }
    }

    @Test
    void aBuildRecordsEveryUrlItPublishedInTheContentTree(@TempDir Path dir) throws Exception {
        ContentTree tree = new ContentTree(dir).withProject(SECOND, 31);

        assertTrue(tree.build().ok());

        List<String> ledger = Files.readAllLines(tree.content.resolve(UrlLedger.FILE));
        for (String url : List.of("/", "/p/2023-QH-0010/", "/p/2023-QH-0010/wages/", "/p/2023-QH-0010/signboard/",
                "/p/2023-QH-0010/signboard.svg", "/p/2023-QH-0010/qr.svg", "/p/2023-QH-0010/project.json",
                "/P/2023-QH-0010/", "/projects/2023/", "/style.css")) {
            assertTrue(ledger.contains(url), url + " in " + UrlLedger.FILE);
        }
        assertTrue(ledger.stream().noneMatch(url -> url.endsWith(".gz") || url.endsWith("index.html")), "URLs, not files");
    }

    @Test
    void aProjectDeletedBetweenTwoBuildsFailsTheSecondAndTheSiteStaysAsItWas(@TempDir Path dir) throws Exception {
        ContentTree tree = new ContentTree(dir).withProject(SECOND, 31);
        assertTrue(tree.build().ok());
        String ledgerBefore = Files.readString(tree.content.resolve(UrlLedger.FILE));

        ContentTree.delete(tree.project(SECOND));
        BuildReport report = tree.build();

        assertFalse(report.ok());
        List<String> problems = ContentTree.problems(report, tree.content);
        assertEquals(1, problems.size(), problems.toString());
        String problem = problems.get(0);
        assertTrue(problem.startsWith("published-urls.txt:"), problem);
        assertTrue(problem.contains("项目 2023-QH-0010 已公布过的网址会失效：/P/2023-QH-0010/、/p/2023-QH-0010/"), problem);
        assertTrue(problem.contains("“撤销”或“合并”"), "says how to withdraw it instead: " + problem);
        assertTrue(Files.exists(tree.site().resolve("p/2023-QH-0010/index.html")), "the published site is untouched");
        assertEquals(ledgerBefore, Files.readString(tree.content.resolve(UrlLedger.FILE)), "the ledger is untouched");
    }

    @Test
    void aCancelledProjectKeepsItsUrlsAsTombstonesSayingWhenAndWhy(@TempDir Path dir) throws Exception {
        ContentTree tree = new ContentTree(dir).withProject(SECOND, 31);
        assertTrue(tree.build().ok());

        tree.edit(SECOND, p -> withdraw(p, "撤销", "2023-11-01", "选址与县道改扩建工程重叠，经县以工代赈工作领导小组同意撤销", ""));
        BuildReport report = tree.build();

        assertTrue(report.ok(), report.problems().toString());
        Document notice = page(tree.site(), "/p/2023-QH-0010/");
        assertEquals("本项目已于 2023-11-01 撤销。 原因：选址与县道改扩建工程重叠，经县以工代赈工作领导小组同意撤销",
                notice.selectFirst(".notice-cancelled").text());
        assertTrue(notice.select("table.facts").text().contains("东河街道新华村环卫设施提升工程"), "says what the project was");
        Document signboard = page(tree.site(), "/p/2023-QH-0010/signboard/");
        assertTrue(signboard.selectFirst(".notice-cancelled").text().contains("撤销"));
        assertTrue(signboard.text().contains("原公示牌页面"), signboard.text());
        assertTrue(Files.exists(tree.site().resolve("p/2023-QH-0010/qr.svg")), "the QR code on the board still leads somewhere");
        assertTrue(Files.exists(tree.site().resolve("p/2023-QH-0010/wages/index.html")), "wages paid stay public");
    }

    @Test
    void aMergedProjectsTombstoneLinksToItsSuccessor(@TempDir Path dir) throws Exception {
        ContentTree tree = new ContentTree(dir).withProject(SECOND, 31);
        assertTrue(tree.build().ok());

        tree.edit(SECOND, p -> withdraw(p, "合并", "2023-11-01", "与新华村环卫设施提升工程合并实施", ContentTree.FIRST));
        BuildReport report = tree.build();

        assertTrue(report.ok(), report.problems().toString());
        Document notice = page(tree.site(), "/p/2023-QH-0010/");
        assertTrue(notice.selectFirst(".notice-cancelled").text().startsWith("本项目已于 2023-11-01 并入其他项目。"));
        assertEquals("/p/2023-QH-0008/", notice.selectFirst(".notice-cancelled a").attr("href"));
        assertEquals("合并", notice.selectFirst(".status").text());
    }

    @Test
    void aMergeMustNameAnExistingSuccessor(@TempDir Path dir) throws Exception {
        ContentTree tree = new ContentTree(dir).withProject(SECOND, 31);
        tree.edit(SECOND, p -> withdraw(p, "合并", "2023-11-01", "合并实施", ""));
        tree.edit(ContentTree.FIRST, p -> withdraw(p, "撤销", "2023-11-01", "重复立项", "2099-QH-0001"));

        List<String> problems = SiteBuilder.check(tree.content).stream().map(p -> p.field() + ": " + p.message()).toList();

        assertEquals(List.of("lifecycle.5.successor: 后续项目“2099-QH-0001”不在 projects/ 中",
                "lifecycle.5.successor: “合并”必须写明并入的项目编号（successor）"), problems);
    }
}
