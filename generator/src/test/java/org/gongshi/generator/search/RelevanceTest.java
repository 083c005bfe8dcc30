package org.gongshi.generator.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongshi.generator.BuildReport;
import org.gongshi.generator.Problems;
import org.gongshi.generator.SiteBuilder;
import org.gongshi.generator.compliance.ComplianceRules;
import org.gongshi.generator.load.CheckCodeSecret;
import org.gongshi.generator.load.ContentLoader;
import org.gongshi.generator.mask.CheckCodes;
import org.gongshi.generator.mask.Masker;
import org.gongshi.search.SearchHit;
import org.gongshi.search.SearchIndex;
import org.gongshi.search.SearchQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The queries of {@code relevance.tsv}, typed as villagers, journalists and workers would, against the
 * index the real build writes for {@code content/}. Each line is {@code kind TAB query TAB expected URLs}:
 * <ul>
 *   <li>{@code substring}: every expected URL is in the top 10, and so is every project notice or wage
 *       page whose title, body or keys hold every term of the query (recall@10 = 1). When more than 10
 *       pages hold them, every top-10 hit must be one of those pages (or an expected URL).</li>
 *   <li>{@code first}: the first expected URL is hit #1 (a code, a 文号, a full name from a signboard);
 *       the others are in the top 10.</li>
 *   <li>{@code top10}: every expected URL is in the top 10 (pinyin initials, which no text contains).</li>
 * </ul>
 * The pages that hold the terms are worked out here from the content, not listed in the file, so the
 * set stays right when the sample content changes and no matching page can be forgotten.
 */
class RelevanceTest {

    private static final Path CONTENT = Path.of("../content");
    private static final Path TEMPLATES = Path.of("../templates");
    private static final int TOP = 10;
    private static final Set<String> KINDS = Set.of("substring", "first", "top10");
    /**
     * As the index splits a query: dashes stay inside a term, so a project code is one term, and so does
     * a point between digits ("4.3公里").
     */
    private static final Pattern SEPARATORS =
            Pattern.compile("[^\\p{L}\\p{N}\\p{M}\\p{Pd}.]+|(?<!\\p{N})\\.|\\.(?!\\p{N})");

    @TempDir
    static Path out;
    private static SearchIndex index;
    /** Title, body and keys of every project notice and wage page, folded, by URL. */
    private static final Map<String, String> PROJECT_PAGES = new LinkedHashMap<>();

    private record Line(int number, String kind, String query, List<String> expected) {
    }

    @BeforeAll
    static void buildContent() throws Exception {
        BuildReport report = SiteBuilder.build(new SiteBuilder.Options(CONTENT, TEMPLATES, out), message -> { });
        assertTrue(report.ok(), report::toString);
        index = SearchIndex.open(out.resolve(SiteBuilder.SEARCH_INDEX));
        // The documents the build indexes, made the same way from the same public views (the build has
        // already checked the content, so the loader reports no problems).
        CheckCodes sampleCodes = CheckCodeSecret.read(Map.of(), CONTENT, true, true, new Problems()).orElseThrow();
        ComplianceRules rules = new ComplianceRules(LocalDate.now(), 30);
        ContentLoader.load(CONTENT, new Problems()).projects().stream()
                .map(p -> Masker.mask(p.record(), sampleCodes, rules))
                .flatMap(project -> ProjectDocuments.of(project).stream())
                .forEach(doc -> PROJECT_PAGES.put(doc.url(),
                        fold(doc.title() + " " + doc.body() + " " + String.join(" ", doc.keys()))));
    }

    @AfterAll
    static void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    @Test
    void theSetIsLargeAndEveryLineChecksWhatTheContentSays() throws IOException {
        List<Line> lines = lines();
        assertTrue(lines.size() >= 60, "only " + lines.size() + " queries");
        List<String> wrong = new ArrayList<>();
        for (Line line : lines) {
            String where = "relevance.tsv:" + line.number() + ": ";
            if (!KINDS.contains(line.kind())) {
                wrong.add(where + "unknown kind " + line.kind());
            } else if (line.kind().equals("substring")) {
                // A line may leave the answer to the content, but it must not expect what the page does not say.
                List<String> holding = pagesHoldingEveryTerm(line.query());
                if (line.expected().isEmpty() && holding.isEmpty()) {
                    wrong.add(where + "no page holds every term and no URL is expected");
                }
                line.expected().stream().filter(url -> PROJECT_PAGES.containsKey(url) && !holding.contains(url))
                        .forEach(url -> wrong.add(where + url + " does not hold every term of " + line.query()));
            } else if (line.expected().isEmpty()) {
                wrong.add(where + "no expected URL");
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void everyQueryFindsWhatTheContentSays() throws IOException {
        List<String> failures = new ArrayList<>();
        for (Line line : lines()) {
            List<String> top = index.search(new SearchQuery(line.query(), List.of(), 0, TOP)).hits().stream()
                    .map(SearchHit::url).toList();
            for (String problem : problems(line, top)) {
                failures.add(line.kind() + " " + line.query() + ": " + problem + " [got " + String.join(" ", top) + "]");
            }
        }
        assertEquals(List.of(), failures);
    }

    private static List<String> problems(Line line, List<String> top) {
        List<String> problems = new ArrayList<>();
        if (line.kind().equals("first") && (top.isEmpty() || !top.get(0).equals(line.expected().get(0)))) {
            problems.add(line.expected().get(0) + " is not first");
        }
        List<String> wanted = new ArrayList<>(line.expected());
        if (line.kind().equals("substring")) {
            List<String> holding = pagesHoldingEveryTerm(line.query());
            if (holding.size() <= TOP) {
                holding.stream().filter(url -> !wanted.contains(url)).forEach(wanted::add);
            } else {
                top.stream().filter(url -> !holding.contains(url) && !line.expected().contains(url))
                        .forEach(url -> problems.add(url + " outranks pages holding every term (" + holding.size() + " do)"));
            }
        }
        wanted.stream().filter(url -> !top.contains(url)).forEach(url -> problems.add("missing " + url + " in top " + TOP));
        return problems;
    }

    private static List<String> pagesHoldingEveryTerm(String query) {
        List<Pattern> terms = Arrays.stream(SEPARATORS.split(fold(query)))
                .filter(term -> !term.isEmpty()).map(RelevanceTest::wholeToken).toList();
        return PROJECT_PAGES.entrySet().stream()
                .filter(page -> terms.stream().allMatch(term -> term.matcher(page.getValue()).find()))
                .map(Map.Entry::getKey).toList();
    }

    /**
     * Letters and digits of Latin script are words to the index, not characters: "1号" is not in "11号",
     * nor "2023" in "20231". Han characters need no such edge.
     */
    private static Pattern wholeToken(String term) {
        String before = term.matches("^[a-z0-9].*") ? "(?<![a-z0-9])" : "";
        String after = term.matches(".*[a-z0-9]$") ? "(?![a-z0-9])" : "";
        return Pattern.compile(before + Pattern.quote(term) + after);
    }

    /** Width and case do not matter to the index: "２０２３－ＱＨ" is "2023-qh". */
    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static List<Line> lines() throws IOException {
        String text;
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance.tsv")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Line> lines = new ArrayList<>();
        List<String> rows = text.lines().toList();
        for (int i = 0; i < rows.size(); i++) {
            String row = rows.get(i);
            if (row.isBlank() || row.startsWith("#")) {
                continue;
            }
            String[] columns = row.split("\t", -1);
            if (columns.length != 3) {
                throw new IllegalArgumentException("relevance.tsv:" + (i + 1) + ": not kind TAB query TAB expected");
            }
            lines.add(new Line(i + 1, columns[0], columns[1],
                    Arrays.stream(columns[2].split(" ")).filter(url -> !url.isEmpty()).toList()));
        }
        return lines;
    }
}
