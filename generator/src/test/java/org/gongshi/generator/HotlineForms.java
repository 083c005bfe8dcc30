package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The complaint form's contract with the hotline server, checked on a built page: the names, values and
 * attributes the server reads, and every label tied to its field.
 */
final class HotlineForms {

    static final List<String> KIND_VALUES = List.of("wage", "notice", "quality", "other");
    static final List<String> KIND_LABELS = List.of("拖欠或克扣工资", "公示信息不实", "工程质量", "其他");

    private HotlineForms() {
    }

    /** The page has exactly one complaint form, posting to {@code serviceUrl + "hotline"}, with {@code project} filled in. */
    static void assertForm(Document doc, String serviceUrl, String project) {
        String where = doc.location() + " " + doc.title();
        assertEquals(1, doc.select("form.hotline-form").size(), where);
        Element form = doc.selectFirst("form.hotline-form");
        assertEquals("post", form.attr("method"), where);
        assertEquals(serviceUrl + "hotline", form.attr("action"), where);
        assertEquals("UTF-8", form.attr("accept-charset"), where);

        Element projectField = form.selectFirst("input[name=project]");
        assertEquals("text", projectField.attr("type"), where);
        assertEquals(project, projectField.val(), where);
        assertEquals("项目编号或名称（可不填）", label(form, projectField), where);

        List<Element> kinds = form.select("input[name=kind]");
        assertEquals(KIND_VALUES, kinds.stream().map(e -> e.attr("value")).toList(), where);
        assertEquals(KIND_LABELS, kinds.stream().map(e -> label(form, e)).toList(), where);
        for (Element kind : kinds) {
            assertEquals("radio", kind.attr("type"), where);
            assertTrue(kind.hasAttr("required"), where);
        }

        Element description = form.selectFirst("textarea[name=description]");
        assertEquals("2000", description.attr("maxlength"), where);
        assertEquals("6", description.attr("rows"), where);
        assertTrue(description.hasAttr("required"), where);
        assertEquals("举报内容（不超过 2000 字）", label(form, description), where);

        Element phone = form.selectFirst("input[name=phone]");
        assertEquals("tel", phone.attr("type"), where);
        assertEquals("tel", phone.attr("autocomplete"), where);
        assertEquals("联系电话（可不填，仅办理人员可见，不会公开）", label(form, phone), where);

        Element anonymous = form.selectFirst("input[name=anonymous]");
        assertEquals("checkbox", anonymous.attr("type"), where);
        assertEquals("1", anonymous.attr("value"), where);
        assertEquals("匿名举报（不留联系方式）", label(form, anonymous), where);

        Element trap = form.selectFirst("div.hp[aria-hidden=true]");
        assertNotNull(trap, where);
        Element website = trap.selectFirst("input[name=website]");
        assertEquals("text", website.attr("type"), where);
        assertEquals("-1", website.attr("tabindex"), where);
        assertEquals("off", website.attr("autocomplete"), where);
        assertEquals("请勿填写此项", label(form, website), where);

        assertEquals("下一步：核对举报内容", form.selectFirst("button[type=submit]").text(), where);
        assertEquals(1, doc.select("a[href=\"" + serviceUrl + "hotline/status\"]:contains(查询办理进度)").size(), where);

        for (Element label : form.select("label")) {
            assertFalse(label.attr("for").isEmpty(), where + ": every label names its field");
            assertNotNull(form.getElementById(label.attr("for")), where + ": no field for label " + label.attr("for"));
        }
        Set<String> ids = new HashSet<>();
        for (Element withId : doc.select("[id]")) {
            assertTrue(ids.add(withId.id()), where + ": id used twice: " + withId.id());
        }
    }

    /** The text of the label whose {@code for} names the field. */
    private static String label(Element form, Element field) {
        assertFalse(field.id().isEmpty(), field.outerHtml());
        Element label = form.selectFirst("label[for=\"" + field.id() + "\"]");
        assertNotNull(label, "no label for " + field.outerHtml());
        return label.text();
    }
}
