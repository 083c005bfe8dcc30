package org.gongshi.generator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A content tree whose every free-text field holds attack payloads, built once: the portal settings, a project
 * (2023-XSS-0001, in 管护, with an amendment, wages and a complaint reply), a second project cancelled in its
 * favour, a typical case and an authored page. It is a temporary copy of {@code clean-content}; nothing of it
 * reaches {@code content/}.
 *
 * <p>Fields whose validation refuses payloads carry what validation lets through: a town may hold no space, "/" or
 * "\" and may not start with "." (it names a folder and a URL segment), so {@link #TOWN} has markup, quotes, URL
 * delimiters and an escape but no tag with attributes. Codes, years, dates, money, counts, areas, sub-types,
 * relief modes, statuses and worker groups are checked against fixed formats or lists and hold none.
 */
final class PayloadSite {

    /**
     * Every payload at once: script and event-handler markup, attribute breakers of both quotes, a script URL,
     * title/CDATA/style breakers, template syntax of Freemarker and commons-configuration, an iframe, an escape that
     * must not be decoded twice, a comma (CSV, and commons-configuration's list splitting) and a line separator.
     */
    static final String XSS = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>'onmouseover='alert(1)'"
            + "</title><script>alert(1)</script><svg onload=alert(1)>]]><script>alert(1)</script>${7*7}${sys:user.home}"
            + "<iframe srcdoc=x></iframe>&lt;script&gt;&amp;,</style><script>alert(1)</script>\u2028javascript:alert(1)";

    static final String CODE = "2023-XSS-0001";
    static final String CANCELLED = "2023-XSS-0002";
    static final String CASE_SLUG = "xss-case";
    static final String PAGE_NAME = "xss-page";

    static final String SITE_TITLE = "平台标题" + XSS;
    static final String OFFICE = "发布单位" + XSS;
    /** Starts like a spreadsheet formula, as do the owner, builder and maintainer. */
    static final String NAME = "=HYPERLINK(\"http://x\",\"点我\")项目名称" + XSS;
    static final String OWNER = "@SUM(A1)项目业主" + XSS;
    static final String BUILDER = "+cmd施工单位" + XSS;
    static final String MAINTAINER = "-2+3管护单位" + XSS;
    static final String TOWN = "白石<b>镇\"'?#%41&amp;${7*7}\u2028javascript:alert(1)";
    static final String VILLAGE = "东陈村" + XSS;
    static final String DOCUMENT = "青发改振兴〔2023〕" + XSS;
    static final String CONTENT = "建设内容" + XSS;
    static final String BENEFIT = "受益情况" + XSS;
    static final String HOTLINE = "0391-5550100" + XSS;
    static final String RULE = "比例依据" + XSS;
    static final String HANDOVER = "移交原因" + XSS;
    static final String CHANGE = "变更内容" + XSS;
    static final String CHANGE_REASON = "变更原因" + XSS;
    static final String VILLAGE_GROUP = "东陈村三组" + XSS;
    static final String JOB = "普工" + XSS;
    static final String REPLY = "答复" + XSS;
    static final String CANCELLED_NAME = "撤销项目" + XSS;
    static final String CANCEL_REASON = "撤销原因" + XSS;
    static final String CASE_TITLE = "案例标题" + XSS;
    static final String CASE_SUMMARY = "案例摘要" + XSS;
    static final String PAGE_TITLE = "页面标题" + XSS;

    /**
     * The Markdown of the case and of the authored page: harmless Markdown that must keep working, raw HTML that
     * must show as text, and links with script schemes, also hidden by case, an entity or a reference.
     */
    static final String MARKDOWN = """
            正文开头 **强调文字** 与 *斜体文字*，见[中国政府网](https://www.gov.cn/)。

            - 列表第一项
            - 列表第二项

            | 项目 | 金额 |
            |---|---|
            | 道路 | 10 |

            <script>alert(1)</script>

            <div onclick="alert(1)">块级标记</div>

            行内 <img src=x onerror=alert(1)> 和 <iframe srcdoc=x></iframe> 以及 </style><script>alert(1)</script> 和 ${7*7}

            [脚本链接](javascript:alert(1)) [大写脚本](JAVASCRIPT:alert(1)) [实体脚本](&#106;avascript:alert(1)) \
            [数据链接](data:text/html;base64,PHNjcmlwdD4=) [VB链接](vbscript:msgbox(1)) <javascript:alert(1)> \
            ![脚本图片](javascript:alert(1)) [引用脚本][r]

            [r]: javascript:alert(1)
            """;

    /** The raw HTML lines of {@link #MARKDOWN}, as a reader must see them. */
    static final List<String> RAW_HTML = List.of("<script>alert(1)</script>", "<div onclick=\"alert(1)\">块级标记</div>",
            "行内 <img src=x onerror=alert(1)> 和 <iframe srcdoc=x></iframe> 以及 </style><script>alert(1)</script> 和 ${7*7}");

    /** The link texts of {@link #MARKDOWN} whose targets run script or carry a document. */
    static final List<String> SCRIPT_LINKS = List.of("脚本链接", "大写脚本", "实体脚本", "数据链接", "VB链接", "引用脚本");

    private static ContentTree tree;
    private static BuildReport report;

    private PayloadSite() {
    }

    static synchronized ContentTree built() {
        if (tree == null) {
            try {
                Path dir = Files.createTempDirectory("gongshi-payloads-");
                tree = plant(new ContentTree(dir));
                report = tree.build();
            } catch (IOException | URISyntaxException | BuildException e) {
                throw new IllegalStateException(e);
            }
            if (!report.ok()) {
                throw new IllegalStateException("the payload content does not build:\n"
                        + String.join("\n", ContentTree.problems(report, tree.content)));
            }
        }
        return tree;
    }

    static Path site() {
        return built().site();
    }

    private static ContentTree plant(ContentTree tree) throws IOException {
        Path siteJson = tree.content.resolve("site.json");
        ObjectNode settings = (ObjectNode) ContentTree.JSON.readTree(siteJson.toFile());
        settings.put("title", SITE_TITLE).put("office", OFFICE);
        ContentTree.JSON.writerWithDefaultPrettyPrinter().writeValue(siteJson.toFile(), settings);

        tree.withProject(CODE, 1).withProject(CANCELLED, 2);
        tree.edit(CODE, p -> {
            p.put("name", NAME).put("town", TOWN).put("village", VILLAGE).put("approvalDocument", DOCUMENT)
                    .put("content", CONTENT).put("benefit", BENEFIT).put("ownerUnit", OWNER).put("builder", BUILDER)
                    .put("maintainer", MAINTAINER).put("hotline", HOTLINE);
            p.putObject("laborShareFloor").put("percent", 15).put("rule", RULE);
            ArrayNode lifecycle = (ArrayNode) p.get("lifecycle");
            ((ObjectNode) lifecycle.get(lifecycle.size() - 1)).put("reason", HANDOVER);
            ObjectNode amendment = p.putArray("amendments").addObject().put("date", "2023-09-01")
                    .put("change", CHANGE).put("reason", CHANGE_REASON);
            amendment.putArray("fields").add("content");
        });
        tree.edit(CANCELLED, p -> {
            p.put("name", CANCELLED_NAME).put("approvalDocument", "青发改振兴〔2023〕撤销" + XSS);
            ((ArrayNode) p.get("lifecycle")).addObject().put("status", "撤销").put("date", "2023-12-01")
                    .put("reason", CANCEL_REASON).put("successor", CODE);
        });
        plantInRoster(tree.project(CODE).resolve("roster.csv"));
        Files.writeString(Files.createDirectories(tree.content.resolve("complaints")).resolve("ledger.json"), ledger(), StandardCharsets.UTF_8);
        Files.writeString(Files.createDirectories(tree.content.resolve("cases")).resolve(CASE_SLUG + ".md"),
                "title=" + CASE_TITLE + "\ndate=2024-01-15\nprojects=" + CODE + "\nsummary=" + CASE_SUMMARY
                        + "\n~~~~~~\n" + MARKDOWN, StandardCharsets.UTF_8);
        Files.writeString(Files.createDirectories(tree.content.resolve("pages")).resolve(PAGE_NAME + ".md"),
                "title=" + PAGE_TITLE + "\ntype=page\nstatus=published\n~~~~~~\n" + MARKDOWN, StandardCharsets.UTF_8);
        return tree;
    }

    /** The first worker's village group and job become payloads, quoted as a CSV export quotes them. */
    private static void plantInRoster(Path roster) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(roster, StandardCharsets.UTF_8));
        String[] cells = lines.get(1).split(",");
        cells[2] = csvQuoted(VILLAGE_GROUP);
        cells[7] = csvQuoted(JOB);
        lines.set(1, String.join(",", cells));
        Files.write(roster, lines, StandardCharsets.UTF_8);
    }

    private static String csvQuoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String ledger() throws IOException {
        ObjectNode ledger = ContentTree.JSON.createObjectNode().put("generated", "2026-11-20T08:00:00Z");
        ObjectNode project = ledger.putArray("projects").addObject().put("code", CODE).put("total", 1);
        counts(project.putArray("byKind"), List.of("拖欠或克扣工资", "公示信息不实", "工程质量", "其他"), 0);
        counts(project.putArray("byStatus"), List.of("待受理", "已受理", "办理中", "已办结", "不予受理"), 3);
        project.put("medianDaysToClose", 5);
        project.putArray("replies").addObject().put("received", "2026-10-02").put("kind", "拖欠或克扣工资")
                .put("status", "已办结").put("closed", "2026-10-07").put("reply", REPLY);
        ObjectNode unassigned = ledger.putObject("unassigned").put("total", 0);
        unassigned.putArray("byKind");
        unassigned.putArray("byStatus");
        unassigned.putNull("medianDaysToClose");
        unassigned.putArray("replies");
        return ContentTree.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ledger);
    }

    /** One complaint, counted under the label at {@code one}, none under the others. */
    private static void counts(ArrayNode counts, List<String> labels, int one) {
        for (int i = 0; i < labels.size(); i++) {
            counts.addObject().put("label", labels.get(i)).put("count", i == one ? 1 : 0);
        }
    }
}
