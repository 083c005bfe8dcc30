// Search benchmark driver (run by bench/search.sh), a single-file program for the Java 17 source launcher:
//   java -Xmx6g -cp cli/target/gongshi.jar bench/SearchBench.java index   CONTENT INDEXDIR QUERYFILE [QUERIES] [SEED]
//   java        -cp cli/target/gongshi.jar bench/SearchBench.java latency INDEXDIR QUERYFILE [WARMUP_PASSES] [LIMIT]
//   java        -cp cli/target/gongshi.jar bench/SearchBench.java serve   INDEXDIR PORT [QUERYFILE WARMUP_PASSES]
// Uses only the project's public API. Lines starting with "RESULT " are what search.sh puts in its summary.
//
// QUERYFILE is tab-separated, one query a line: category, text, filters ("year=2023&town=白石镇" or empty).
// The same file drives the in-process latency test and wrk (bench/search-queries.lua).

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import net.sourceforge.pinyin4j.PinyinHelper;
import org.eclipse.jetty.server.Server;
import org.gongshi.generator.Problems;
import org.gongshi.generator.load.ContentLoader;
import org.gongshi.generator.load.LoadedContent;
import org.gongshi.generator.load.LoadedProject;
import org.gongshi.generator.mask.Masker;
import org.gongshi.generator.mask.PublicProject;
import org.gongshi.generator.model.Project;
import org.gongshi.generator.search.ProjectDocuments;
import org.gongshi.search.Facet;
import org.gongshi.search.SearchDocument;
import org.gongshi.search.SearchIndex;
import org.gongshi.search.SearchIndexWriter;
import org.gongshi.search.SearchQuery;
import org.gongshi.server.ServerConfig;
import org.gongshi.server.SiteServer;
import org.gongshi.server.crypto.Keys;
import org.gongshi.server.store.Database;

public class SearchBench {

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
        }
        switch (args[0]) {
            case "index" -> {
                if (args.length < 4) usage();
                index(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
                        args.length > 4 ? Integer.parseInt(args[4]) : 2000,
                        args.length > 5 ? Long.parseLong(args[5]) : 20231L);
            }
            case "latency" -> {
                if (args.length < 3) usage();
                latency(Path.of(args[1]), Path.of(args[2]),
                        args.length > 3 ? Integer.parseInt(args[3]) : 1,
                        args.length > 4 ? Integer.parseInt(args[4]) : 20);
            }
            case "serve" -> {
                if (args.length < 3) usage();
                serve(Path.of(args[1]), Integer.parseInt(args[2]),
                        args.length > 3 ? Path.of(args[3]) : null, args.length > 4 ? Integer.parseInt(args[4]) : 1,
                        args.length > 5 ? Integer.parseInt(args[5]) : 0);
            }
            default -> usage();
        }
    }

    private static void usage() {
        System.err.println("usage: SearchBench index CONTENT INDEXDIR QUERYFILE [QUERIES] [SEED]\n"
                + "       SearchBench latency INDEXDIR QUERYFILE [WARMUP_PASSES] [LIMIT]\n"
                + "       SearchBench serve INDEXDIR PORT [QUERYFILE WARMUP_PASSES [CACHED_RESULTS]]");
        System.exit(2);
    }

    // ---------------------------------------------------------------- index

    static void index(Path content, Path indexDir, Path queryFile, int queries, long seed) throws IOException {
        long t0 = System.nanoTime();
        Problems problems = new Problems();
        LoadedContent loaded = ContentLoader.load(content, problems);
        if (!problems.isEmpty()) {
            System.out.println("warning: " + problems.size() + " load problems, first: " + problems.sorted().get(0));
        }
        List<PublicProject> projects = loaded.projects().parallelStream()
                .map(LoadedProject::record).map(Masker::mask).toList();
        loaded = null;
        long t1 = System.nanoTime();
        List<SearchDocument> docs = new ArrayList<>(projects.size() * 2);
        for (PublicProject p : projects) {
            docs.addAll(ProjectDocuments.of(p));
        }
        long t2 = System.nanoTime();
        List<String[]> querySet = queries(projects, queries, seed);
        writeQueries(queryFile, querySet);
        projects = null;
        System.gc();

        long t3 = System.nanoTime();
        try (SearchIndexWriter writer = SearchIndexWriter.create(indexDir)) {
            for (SearchDocument doc : docs) {
                writer.add(doc);
            }
        } // close() commits
        long t4 = System.nanoTime();
        long bytes;
        try (Stream<Path> files = Files.walk(indexDir)) {
            bytes = files.filter(Files::isRegularFile).mapToLong(SearchBench::size).sum();
        }
        System.out.printf("loaded+masked %,d projects in %.1f s; built %,d documents in %.1f s; wrote %,d queries to %s%n",
                docs.size() / 2, sec(t0, t1), docs.size(), sec(t1, t2), querySet.size(), queryFile);
        result("documents", "%d", docs.size(), "");
        result("load_mask_s", "%.1f", sec(t0, t1), "s");
        result("build_docs_s", "%.1f", sec(t1, t2), "s");
        result("index_s", "%.1f", sec(t3, t4), "s");
        result("index_docs_per_s", "%.0f", docs.size() / sec(t3, t4), "docs/s");
        result("total_s", "%.1f", sec(t0, t2) + sec(t3, t4), "s");
        result("index_mb", "%.1f", bytes / 1e6, "MB");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {category, text, filters}: realistic queries drawn from the indexed projects with a fixed seed. */
    static List<String[]> queries(List<PublicProject> projects, int count, long seed) {
        Random r = new Random(seed);
        // Weights per category, in per mille.
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("name-substring", 190);
        weights.put("village", 70);
        weights.put("town", 50);
        weights.put("builder", 60);
        weights.put("one-char", 60);
        weights.put("code", 120);
        weights.put("approval-doc", 80);
        weights.put("pinyin", 70);
        weights.put("two-terms", 100);
        weights.put("filtered", 180);
        weights.put("filter-only", 20);
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        List<String[]> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int pick = r.nextInt(total);
            String category = null;
            for (Map.Entry<String, Integer> e : weights.entrySet()) {
                pick -= e.getValue();
                if (pick < 0) {
                    category = e.getKey();
                    break;
                }
            }
            Project p = projects.get(r.nextInt(projects.size())).project();
            out.add(switch (category) {
                case "filtered" -> {
                    String[] base = textQuery(r, p, List.of("name-substring", "village", "town", "builder", "two-terms",
                            "one-char").get(r.nextInt(6)));
                    String filter = switch (r.nextInt(4)) {
                        case 0, 1 -> "year=" + p.year();
                        case 2 -> "town=" + p.town();
                        default -> "year=" + p.year() + "&type=notice";
                    };
                    yield new String[] {"filtered", base[1], filter};
                }
                case "filter-only" -> new String[] {"filter-only", "",
                        r.nextBoolean() ? "year=" + p.year() : "town=" + p.town()};
                default -> textQuery(r, p, category);
            });
        }
        return out;
    }

    private static String[] textQuery(Random r, Project p, String category) {
        String text = switch (category) {
            case "name-substring" -> substring(r, p.name(), 2 + r.nextInt(4));
            case "village" -> p.village();
            case "town" -> p.town();
            case "builder" -> r.nextBoolean() ? p.builder() : substring(r, stripCounty(p.builder()), 2 + r.nextInt(3));
            case "one-char" -> substring(r, p.name(), 1);
            case "code" -> switch (r.nextInt(3)) {
                case 0 -> p.code();
                case 1 -> p.code().toLowerCase(Locale.ROOT);
                default -> fullwidth(r.nextBoolean() ? p.code() : p.code().toLowerCase(Locale.ROOT));
            };
            case "approval-doc" -> r.nextInt(3) == 0 ? p.approvalDocument().replace('〔', '[').replace('〕', ']')
                    : p.approvalDocument();
            case "pinyin" -> initials(r.nextInt(4) == 0 ? p.town() : p.village());
            case "two-terms" -> p.town() + " " + word(r, p);
            default -> throw new IllegalArgumentException(category);
        };
        return new String[] {category, text, ""};
    }

    /** A two-character word from what the project built or its name, e.g. "道路", "硬化". */
    private static String word(Random r, Project p) {
        String source = r.nextBoolean() ? p.name().substring(p.town().length() + p.village().length()) : p.content();
        String cjk = source.replaceAll("[^\\p{IsHan}]", "");
        return cjk.length() < 2 ? p.village() : substring(r, cjk, 2);
    }

    private static String substring(Random r, String s, int length) {
        int n = Math.min(length, s.length());
        int start = r.nextInt(s.length() - n + 1);
        return s.substring(start, start + n);
    }

    private static String stripCounty(String s) {
        return s.startsWith("青禾县") && s.length() > 5 ? s.substring(3) : s;
    }

    /** ASCII letters, digits and '-' to their fullwidth forms, as a phone IME may type them. */
    private static String fullwidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : c);
        }
        return b.toString();
    }

    /** First letter of the first pinyin reading of each character: 东陈村 → dcc. */
    private static String initials(String name) {
        StringBuilder b = new StringBuilder();
        for (char c : name.toCharArray()) {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                b.append(readings[0].charAt(0));
            }
        }
        return b.toString();
    }

    private static void writeQueries(Path file, List<String[]> queries) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String[] q : queries) {
            lines.add(String.join("\t", q));
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- latency

    record Q(String category, String text, List<Facet> filters) {
        SearchQuery query(int limit) {
            return new SearchQuery(text, filters, 0, limit);
        }
    }

    static List<Q> readQueries(Path file) throws IOException {
        List<Q> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty()) continue;
            String[] f = line.split("\t", -1);
            List<Facet> filters = new ArrayList<>();
            if (f.length > 2 && !f[2].isEmpty()) {
                for (String kv : f[2].split("&")) {
                    int eq = kv.indexOf('=');
                    filters.add(new Facet(kv.substring(0, eq), kv.substring(eq + 1)));
                }
            }
            out.add(new Q(f[0], f[1], filters));
        }
        return out;
    }

    static void latency(Path indexDir, Path queryFile, int warmupPasses, int limit) throws IOException {
        List<Q> queries = readQueries(queryFile);
        // No result cache: every query of the list is searched, as a query nobody asked before would be.
        try (SearchIndex index = SearchIndex.open(indexDir, 0)) {
            long notices = index.search(new SearchQuery("", List.of(new Facet("type", "notice")), 0, 1)).total();
            long wages = index.search(new SearchQuery("", List.of(new Facet("type", "wages")), 0, 1)).total();
            System.out.printf("index holds %,d notice + %,d wage documents%n", notices, wages);

            long w0 = System.nanoTime();
            for (int pass = 0; pass < warmupPasses; pass++) {
                run(index, queries, limit);
            }
            System.out.printf("warm-up: %d pass(es) over %,d queries in %.1f s%n", warmupPasses, queries.size(), sec(w0, System.nanoTime()));

            Run full = run(index, queries, limit);
            Run noHits = run(index, queries, 0);

            System.out.printf("%nper query, limit %d (as /api/search), single thread, %,d queries:%n", limit, queries.size());
            System.out.printf("%-16s %6s %9s %9s %9s %9s %11s%n", "category", "n", "p50 ms", "p99 ms", "max ms", "mean ms", "mean hits");
            Map<String, List<Integer>> byCategory = new LinkedHashMap<>();
            for (int i = 0; i < queries.size(); i++) {
                byCategory.computeIfAbsent(queries.get(i).category(), k -> new ArrayList<>()).add(i);
            }
            byCategory.forEach((category, idx) -> {
                long[] ns = idx.stream().mapToLong(i -> full.nanos[i]).toArray();
                double hits = idx.stream().mapToLong(i -> full.totals[i]).average().orElse(0);
                row(category, ns, hits);
            });
            row("all", full.nanos, Arrays.stream(full.totals).average().orElse(0));

            System.out.printf("%nwhere the time goes (same queries, mean ms): full %.3f | limit 0 (no snippets or stored fields) %.3f%n",
                    mean(full.nanos), mean(noHits.nanos));
            System.out.printf("  => snippets + stored fields of up to %d hits: %.3f ms/query mean (%.0f%%)%n",
                    limit, mean(full.nanos) - mean(noHits.nanos), 100 * (1 - mean(noHits.nanos) / mean(full.nanos)));
            System.out.printf("  limit-0 p50 %.3f ms, p99 %.3f ms%n", pct(noHits.nanos, 50), pct(noHits.nanos, 99));

            System.out.println("\nslowest 10 queries:");
            Integer[] order = new Integer[queries.size()];
            for (int i = 0; i < order.length; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Long.compare(full.nanos[b], full.nanos[a]));
            for (int k = 0; k < Math.min(10, order.length); k++) {
                Q q = queries.get(order[k]);
                System.out.printf("  %8.2f ms  %-14s %7d hits  \"%s\" %s%n", full.nanos[order[k]] / 1e6, q.category(),
                        full.totals[order[k]], q.text(), q.filters().isEmpty() ? "" : q.filters());
            }

            if (!full.failures().isEmpty()) {
                System.out.printf("%nFAILED: %d of %,d queries threw, e.g.:%n", full.failures().size(), queries.size());
                full.failures().stream().limit(5).forEach(f -> System.out.println("  " + f));
            }
            result("queries", "%d", queries.size(), "");
            result("failed_queries", "%d", full.failures().size(), "");
            result("warmup_passes", "%d", warmupPasses, "");
            result("latency_p50_ms", "%.2f", pct(full.nanos, 50), "ms");
            result("latency_p99_ms", "%.2f", pct(full.nanos, 99), "ms");
            result("latency_max_ms", "%.2f", pct(full.nanos, 100), "ms");
            result("latency_mean_ms", "%.2f", mean(full.nanos), "ms");
        }
    }

    record Run(long[] nanos, long[] totals, List<String> failures) {
    }

    /** A query that throws is timed like any other and listed as a failure; it does not end the run. */
    private static Run run(SearchIndex index, List<Q> queries, int limit) {
        long[] nanos = new long[queries.size()];
        long[] totals = new long[queries.size()];
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            SearchQuery q = queries.get(i).query(limit);
            long start = System.nanoTime();
            try {
                totals[i] = index.search(q).total();
            } catch (RuntimeException e) {
                totals[i] = -1;
                failures.add("\"" + q.text() + "\" " + q.filters() + ": " + e);
            }
            nanos[i] = System.nanoTime() - start;
        }
        return new Run(nanos, totals, failures);
    }

    private static void row(String name, long[] ns, double hits) {
        System.out.printf("%-16s %6d %9.2f %9.2f %9.2f %9.2f %11.0f%n", name, ns.length, pct(ns, 50), pct(ns, 99),
                pct(ns, 100), mean(ns), hits);
    }

    /** Nearest-rank percentile in ms. */
    static double pct(long[] nanos, double p) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        int rank = (int) Math.ceil(p / 100 * s.length);
        return s[Math.max(0, Math.min(s.length - 1, rank - 1))] / 1e6;
    }

    static double mean(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1e6;
    }

    // ---------------------------------------------------------------- serve

    /**
     * Serves the index on 127.0.0.1:PORT (0: any free port) until killed. With a query file, first runs it
     * in-process WARMUP_PASSES times so the search code is compiled before wrk starts, as it would be in a
     * server that has been up for a while; a short wrk warm-up then only has Jetty and JSON left to warm.
     */
    static void serve(Path indexDir, int port, Path queryFile, int warmupPasses, int cachedResults) throws Exception {
        Path site = Files.createTempDirectory("gongshi-bench-site");
        site.toFile().deleteOnExit();
        Path home = site.resolve("index.html");
        Files.writeString(home, "<!doctype html><title>bench</title>");
        home.toFile().deleteOnExit();
        SearchIndex index = SearchIndex.open(indexDir, cachedResults);
        if (queryFile != null) {
            List<Q> queries = readQueries(queryFile);
            long w0 = System.nanoTime();
            for (int pass = 0; pass < warmupPasses; pass++) {
                run(index, queries, 20);
            }
            System.out.printf("in-process warm-up: %d pass(es) over %,d queries in %.1f s%n", warmupPasses, queries.size(),
                    sec(w0, System.nanoTime()));
        }
        // The search benchmark files no complaints; the server still needs a complaint store to start.
        Path data = Files.createTempDirectory("gongshi-bench-data");
        Server server = SiteServer.create(new ServerConfig("127.0.0.1", port, "bench", true), site, index,
                Database.open(Database.sqliteUrl(data)), Keys.loadOrCreate(data.resolve("hotline.key")));
        server.start();
        System.out.println("serving " + server.getURI() + " (pid " + ProcessHandle.current().pid() + ")");
        System.out.flush();
        server.join();
    }

    // ---------------------------------------------------------------- helpers

    private static double sec(long from, long to) {
        return (to - from) / 1e9;
    }

    private static void result(String key, String format, Object value, String unit) {
        System.out.println("RESULT " + key + " " + String.format(Locale.ROOT, format, value) + (unit.isEmpty() ? "" : " " + unit));
    }
}
