package org.gongshi.generator.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongshi.generator.Problems;
import org.gongshi.generator.model.TypicalCase;

/**
 * Reads {@code content/cases/*.md}. The header is written like an authored page's (JBake's {@code key=value} lines
 * ended by {@code ~~~~~~}), with {@code projects=} naming the project codes the case is about.
 */
public final class CaseReader {

    public static final String FOLDER = "cases";
    private static final String SEPARATOR = "~~~~~~";
    private static final String SLUG = "[a-z0-9]+(?:-[a-z0-9]+)*";

    private CaseReader() {
    }

    /** Every case of the content tree, by date (newest first), then slug; none when there is no cases folder. */
    static List<LoadedCase> readAll(Path contentDir, Problems problems) {
        Path dir = contentDir.resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted()
                    .map(f -> read(f, problems)).flatMap(Optional::stream)
                    .sorted((a, b) -> {
                        int byDate = b.typicalCase().date().compareTo(a.typicalCase().date());
                        return byDate != 0 ? byDate : a.typicalCase().slug().compareTo(b.typicalCase().slug());
                    })
                    .toList();
        } catch (IOException e) {
            problems.add(dir, 1, "", "无法读取目录：" + e.getMessage());
            return List.of();
        }
    }

    static Optional<LoadedCase> read(Path file, Problems problems) {
        List<String> lines;
        try {
            lines = TextFiles.read(file).lines().toList();
        } catch (IOException e) {
            problems.add(file, 1, "", "无法读取文件：" + e.getMessage());
            return Optional.empty();
        }
        String slug = file.getFileName().toString().replaceFirst("\\.md$", "");
        if (!slug.matches(SLUG)) {
            problems.add(file, 1, "", "文件名会成为网址 /cases/" + slug + "/，只能用小写英文字母、数字和连字符，如 dongchen-road.md");
        }
        int end = lines.indexOf(SEPARATOR);
        if (end < 0) {
            problems.add(file, 1, "", "缺少案例头部：开头几行写 title=…、date=…、projects=项目编号，再写一行 " + SEPARATOR);
            return Optional.empty();
        }
        Map<String, String> header = new HashMap<>();
        Map<String, Integer> headerLines = new HashMap<>();
        for (int i = 0; i < end; i++) {
            String line = lines.get(i).strip();
            int eq = line.indexOf('=');
            if (eq > 0) {
                header.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                headerLines.put(line.substring(0, eq).strip(), i + 1);
            }
        }
        boolean complete = true;
        for (String required : List.of("title", "date", "projects")) {
            if (header.getOrDefault(required, "").isEmpty()) {
                problems.add(file, 1, required, "案例头部缺少 " + required + "=…");
                complete = false;
            }
        }
        if (!complete) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(header.get("date"));
        } catch (DateTimeParseException e) {
            problems.add(file, headerLines.get("date"), "date", "日期应写成 2024-01-15 的形式，实际是“" + header.get("date") + "”");
            return Optional.empty();
        }
        List<String> codes = Arrays.stream(header.get("projects").split("[,，、\\s]+")).filter(c -> !c.isEmpty()).toList();
        String markdown = String.join("\n", lines.subList(end + 1, lines.size()));
        TypicalCase typicalCase = new TypicalCase(slug, header.get("title"), date, codes,
                header.getOrDefault("summary", ""), markdown);
        return Optional.of(new LoadedCase(file, typicalCase, headerLines.get("projects")));
    }
}
