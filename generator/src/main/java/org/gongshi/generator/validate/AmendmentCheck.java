package org.gongshi.generator.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.gongshi.generator.Problems;
import org.gongshi.generator.load.LoadedContent;
import org.gongshi.generator.load.LoadedProject;
import org.gongshi.generator.load.SourceLines;
import org.gongshi.generator.model.AmendableField;
import org.gongshi.generator.model.ProjectJson;

/**
 * Compares every record with the one the previous build published ({@code /p/{CODE}/project.json} in the
 * published site): a changed {@link AmendableField} needs a new amendment naming it, and amendments already
 * published stay as they were. Without a previously published record (a new project, a first build) there is
 * nothing to compare.
 */
public final class AmendmentCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int QUOTE = 40;
    /** Equal JSON, whatever number type the parser picked: 62000000 read back is an int, written it was a long. */
    private static final Comparator<JsonNode> SAME_VALUE = (a, b) -> a.equals(b)
            || a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    private AmendmentCheck() {
    }

    public static void check(LoadedContent content, Path publishedSite, Problems problems) {
        check(content, publishedSite, code -> true, problems);
    }

    /** Only the projects whose codes {@code changed} accepts: an unchanged record cannot differ from its notice. */
    public static void check(LoadedContent content, Path publishedSite, Predicate<String> changed, Problems problems) {
        content.projects().parallelStream().filter(p -> changed.test(p.record().project().code()))
                .forEach(p -> check(p, publishedSite, problems));
    }

    private static void check(LoadedProject loaded, Path publishedSite, Problems problems) {
        String code = loaded.record().project().code();
        Optional<JsonNode> published = published(publishedSite.resolve("p").resolve(code).resolve("project.json"), problems);
        if (published.isEmpty()) {
            return;
        }
        JsonNode before = published.get();
        JsonNode now = ProjectJson.of(loaded.record().project());
        SourceLines lines = loaded.projectLines();
        JsonNode oldAmendments = before.path("amendments");
        JsonNode newAmendments = now.path("amendments");
        for (int i = 0; i < oldAmendments.size(); i++) {
            if (!same(oldAmendments.get(i), newAmendments.path(i))) {
                String pointer = "/amendments/" + Math.min(i, Math.max(0, newAmendments.size() - 1));
                problems.add(lines.file(), lines.line(pointer), "amendments",
                        "已发布的第 " + (i + 1) + " 条变更记录（" + oldAmendments.get(i).path("date").asText()
                                + "）被修改或删除了。已公布的变更记录只能保留，新的变更加在列表最后");
                return;
            }
        }
        Set<AmendableField> amended = EnumSet.noneOf(AmendableField.class);
        for (int i = oldAmendments.size(); i < newAmendments.size(); i++) {
            newAmendments.get(i).path("fields").forEach(f -> AmendableField.fromKey(f.asText()).ifPresent(amended::add));
        }
        for (AmendableField field : AmendableField.values()) {
            JsonNode was = before.at(field.pointer());
            JsonNode is = now.at(field.pointer());
            boolean firstMaintainer = field == AmendableField.MAINTAINER && was.isMissingNode();
            if (!same(was, is) && !firstMaintainer && !amended.contains(field)) {
                problems.add(lines.file(), lines.line(field.pointer()), field.key(),
                        "“" + field.label() + "”与已发布的内容不同（原为“" + quote(was) + "”，现为“" + quote(is)
                                + "”），但没有对应的变更记录。请在 amendments 最后加一条 {\"date\": \"变更日期\", \"fields\": [\""
                                + field.key() + "\"], \"change\": \"改了什么\", \"reason\": \"为什么改\"}；如果是误改，请改回原值");
            }
        }
    }

    private static boolean same(JsonNode a, JsonNode b) {
        return a.equals(SAME_VALUE, b);
    }

    private static Optional<JsonNode> published(Path file, Problems problems) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readTree(file.toFile()));
        } catch (IOException e) {
            problems.add(file, 1, "project.json", "上次发布的项目记录无法读取，无法核对本次改动：" + e.getMessage());
            return Optional.empty();
        }
    }

    private static String quote(JsonNode value) {
        String text = value.isMissingNode() ? "（无）" : value.isTextual() ? value.asText() : value.toString();
        return text.length() <= QUOTE ? text : text.substring(0, QUOTE) + "……";
    }
}
