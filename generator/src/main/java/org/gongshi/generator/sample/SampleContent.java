package org.gongshi.generator.sample;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Writes a synthetic content tree (the engine of {@code gongshi sample}): {@code site.json},
 * {@code pages/about.md} and N project folders, in exactly the format of {@code content/README.md}.
 * Everything is fictional — county, people, ID and card numbers — and the site is marked {@code sample}.
 *
 * <p>The tree is deterministic: the same project count and seed give byte-identical files, because every
 * value comes from one seeded {@link SplittableRandom} and nothing depends on time or hash order. Each
 * project draws from its own split of that generator, so the first N projects of a larger sample are
 * the same as a sample of N.
 */
public final class SampleContent {

    /** What was written: project folders, roster rows (workers) and wage-ledger lines. */
    public record Summary(int projects, int workers, int wageLines) {
    }

    private SampleContent() {
    }

    /**
     * Writes the tree into {@code outDir}, creating it if needed.
     *
     * @throws IllegalArgumentException   if {@code projects} is less than 1
     * @throws FileAlreadyExistsException if {@code outDir/projects} already holds project folders: old ones
     *                                    would be mixed with the new ones, or real records overwritten
     */
    public static Summary write(Path outDir, int projects, long seed) throws IOException {
        if (projects < 1) {
            throw new IllegalArgumentException("the number of projects must be at least 1, was " + projects);
        }
        Path projectsDir = outDir.resolve("projects");
        if (Files.isDirectory(projectsDir)) {
            try (Stream<Path> existing = Files.list(projectsDir)) {
                if (existing.findAny().isPresent()) {
                    throw new FileAlreadyExistsException(projectsDir.toString(), null,
                            "already holds projects; choose an empty output folder");
                }
            }
        }
        Files.createDirectories(projectsDir);
        Files.createDirectories(outDir.resolve("pages"));
        ObjectWriter json = jsonWriter();
        Files.write(outDir.resolve("site.json"), jsonBytes(json, site()));
        Files.writeString(outDir.resolve("pages/about.md"), about(projects, seed), StandardCharsets.UTF_8);

        SplittableRandom random = new SplittableRandom(seed);
        int workers = 0;
        int wageLines = 0;
        try (FileSink sink = new FileSink()) {
            ProjectWriter writer = new ProjectWriter(json, sink);
            for (int i = 0; i < projects; i++) {
                ProjectWriter.Written written = writer.write(projectsDir, i, random.split());
                workers += written.workers();
                wageLines += written.wageLines();
            }
        }
        return new Summary(projects, workers, wageLines);
    }

    /** Two-space indents, {@code "key": value}, and \n on every platform, so the bytes never vary. */
    static ObjectWriter jsonWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        return new ObjectMapper().writer(printer);
    }

    /** The value as pretty-printed UTF-8 JSON ending with a newline, as text files should. */
    static byte[] jsonBytes(ObjectWriter json, Object value) throws IOException {
        return (json.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> site() {
        Map<String, Object> floor = new LinkedHashMap<>();
        floor.put("percent", 15);
        floor.put("rule", "《" + Places.COUNTY + "“十四五”以工代赈工作实施方案》：劳务报酬占中央资金比例不低于15%");
        Map<String, Object> site = new LinkedHashMap<>();
        site.put("title", Places.COUNTY + "以工代赈项目公示平台");
        site.put("office", Places.COUNTY + "发展和改革委员会");
        site.put("baseUrl", "https://gongshi.example.org/");
        site.put("hotline", Places.COUNTY_HOTLINE);
        site.put("laborShareFloor", floor);
        site.put("sample", true);
        return site;
    }

    private static String about(int projects, long seed) {
        return "title=关于本平台\n"
                + "type=page\n"
                + "status=published\n"
                + "date=2024-01-15\n"
                + "~~~~~~\n"
                + "本站内容是由程序生成的示例数据（" + projects + " 个项目，随机种子 " + seed + "），用于演示以工代赈项目公示平台。"
                + Places.COUNTY + "及其乡镇、村、项目、单位、人员姓名、身份证号、电话和银行卡号都是虚构的，"
                + "与任何真实的人、地方和项目无关，请勿引用。\n";
    }
}
