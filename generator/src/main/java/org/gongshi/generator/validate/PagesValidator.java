package org.gongshi.generator.validate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gongshi.generator.Problems;

/**
 * Authored Markdown pages: JBake silently skips a page whose header it cannot read, so a page that would
 * vanish from the site is reported here, as is a page whose URL the portal itself needs.
 */
final class PagesValidator {

    /** First path segments of the portal's own URLs (ARCHITECTURE.md) and of those issues plan. */
    static final Set<String> RESERVED = Set.of("p", "projects", "search", "api", "hotline", "complaints", "data",
            "stats", "flags", "releases", "feed.xml", "sitemap.xml", "robots.txt", "style.css", "cases");
    private static final String SEPARATOR = "~~~~~~";

    private PagesValidator() {
    }

    static void validate(Path pagesDir, Problems problems) {
        if (!Files.isDirectory(pagesDir)) {
            return;
        }
        try (Stream<Path> top = Files.list(pagesDir)) {
            for (Path entry : top.sorted().toList()) {
                String name = entry.getFileName().toString().replaceFirst("\\.md$", "");
                if (name.equals("cases")) {
                    problems.add(entry, 1, "", "典型案例请放在 content/cases/ 目录，并在页面头部用 projects=… 写明所涉项目编号；"
                            + "放在 pages/cases/ 的案例不会显示项目数据");
                } else if (RESERVED.contains(name)) {
                    problems.add(entry, 1, "", "页面名“" + name + "”已被网站自身使用（/" + name + "/），请改用其他文件名");
                }
            }
        } catch (IOException e) {
            problems.add(pagesDir, 1, "", "无法读取目录：" + e.getMessage());
        }
        try (Stream<Path> all = Files.walk(pagesDir)) {
            for (Path page : all.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                header(page, problems);
            }
        } catch (IOException e) {
            problems.add(pagesDir, 1, "", "无法读取目录：" + e.getMessage());
        }
    }

    private static void header(Path page, Problems problems) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        int end = lines.indexOf(SEPARATOR);
        if (end < 0) {
            problems.add(page, 1, "", "缺少页面头部：开头几行写 title=…、type=page、status=published，再写一行 " + SEPARATOR);
            return;
        }
        List<String> header = lines.subList(0, end).stream().map(l -> l.replace("\uFEFF", "").strip()).toList();
        for (String required : List.of("title", "type", "status")) {
            if (header.stream().noneMatch(l -> l.startsWith(required + "=") && l.length() > required.length() + 1)) {
                problems.add(page, 1, required, "页面头部缺少 " + required + "=…");
            }
        }
    }
}
