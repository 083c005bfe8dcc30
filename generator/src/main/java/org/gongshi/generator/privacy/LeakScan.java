package org.gongshi.generator.privacy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongshi.generator.Problem;
import org.gongshi.generator.load.LoadedContent;
import org.gongshi.generator.publish.SitePaths;
import org.gongshi.generator.load.LoadedProject;
import org.gongshi.search.Facet;
import org.gongshi.search.SearchDocument;

/**
 * The last gate before publishing: every file of the built site (compressed twins decompressed) and every search
 * document is scanned for private data ({@link PrivateDataFinder}). Each value found becomes one problem that names
 * the output files, the roster row the value belongs to, and the input field that carried it there — or, when no
 * input field did, says that a template or the program leaked it. Any problem stops the build.
 */
public final class LeakScan {

    /** Where in the output a value was found: a site path such as "/p/2023-QH-0012/index.html", and a line. */
    private record Hit(Finding finding, String output) {
    }

    private LeakScan() {
    }

    public static List<Problem> scan(LoadedContent content, Path site, List<SearchDocument> documents, LocalDate today)
            throws IOException {
        return scan(content, site, path -> true, documents, today);
    }

    /**
     * As {@link #scan(LoadedContent, Path, List, LocalDate)}, over only the site files whose URL paths {@code written}
     * accepts: an incremental build scans what it wrote, not the files it carried over from a release that passed.
     */
    public static List<Problem> scan(LoadedContent content, Path site, Predicate<String> written,
                                     List<SearchDocument> documents, LocalDate today) throws IOException {
        PrivateValues values = PrivateValues.of(content);
        PrivateDataFinder finder = new PrivateDataFinder(values.numbers(), values.names(), hotlines(content), today);
        Nearby nearby = new Nearby(content, values);
        List<Hit> hits = new ArrayList<>(outputs(site, written, finder, nearby));
        for (SearchDocument doc : documents) {
            finder.find(ScanText.of(searchable(doc)), 1, nearby.project(doc.code()))
                    .forEach(f -> hits.add(new Hit(f, "检索索引：" + doc.url())));
        }
        if (hits.isEmpty()) {
            return List.of();
        }
        Map<String, List<Hit>> byValue = new TreeMap<>(hits.stream().collect(Collectors.groupingBy(
                h -> h.finding().kind() + ":" + h.finding().value())));
        Map<String, List<LeakSources.Source>> sources = LeakSources.find(content.dir(), finder, nearby).stream()
                .collect(Collectors.groupingBy(s -> s.finding().kind() + ":" + s.finding().value(),
                        LinkedHashMap::new, Collectors.toList()));
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, List<Hit>> entry : byValue.entrySet()) {
            List<Hit> where = entry.getValue();
            Finding finding = where.get(0).finding();
            String value = finding.kind().label() + "“" + finding.kind().masked(finding.value()) + "”"
                    + values.origin(finding).map(p -> "（即 " + p.describe() + "的" + finding.kind().label() + "）").orElse("");
            String outputs = listed(where);
            List<LeakSources.Source> carriers = sources.getOrDefault(entry.getKey(), List.of());
            if (carriers.isEmpty()) {
                Hit first = where.stream().min(Comparator.comparing(Hit::output)).orElseThrow();
                problems.add(new Problem(Path.of("site" + first.output()), first.finding().line(), finding.kind().label(),
                        "生成的网站含有" + value + "，出现在 " + outputs + "。它不来自任何公开字段，是模板或程序泄露了名册信息，"
                                + "请报告这个缺陷。网站未更新。"));
            }
            for (LeakSources.Source carrier : carriers) {
                Place place = carrier.place();
                problems.add(new Problem(place.file(), place.line(), place.field(),
                        "含有" + value + "，会公开在 " + outputs + "。个人信息不能写进公开内容，请删去后重新生成。网站未更新。"));
            }
        }
        return problems;
    }

    /**
     * Every file, read once: a {@code .gz} twin is decompressed beside its original and scanned only when it differs
     * from it (a twin equal to its original holds nothing more); a {@code .gz} file with no original is scanned alone.
     */
    private static List<Hit> outputs(Path site, Predicate<String> written, PrivateDataFinder finder, Nearby nearby)
            throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile).filter(f -> written.test(SitePaths.pathOf(site, f))).toList();
        }
        Set<Path> all = Set.copyOf(files);
        try {
            return files.parallelStream()
                    .filter(file -> !isTwin(file) || !all.contains(original(file)))
                    .flatMap(file -> {
                        try {
                            return scanned(site, file, finder, nearby).stream();
                        } catch (IOException e) {
                            throw new UncheckedIOException(file + "：" + e.getMessage(), e);
                        }
                    }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<Hit> scanned(Path site, Path file, PrivateDataFinder finder, Nearby nearby) throws IOException {
        String output = SitePaths.pathOf(site, file);
        Set<String> near = nearby.namesForOutput(output);
        byte[] bytes = Files.readAllBytes(file);
        List<Hit> hits = new ArrayList<>();
        finder.find(ScanText.of(output), 1, near).forEach(f -> hits.add(new Hit(f, output)));
        OutputText.find(output, bytes, finder, near).forEach(f -> hits.add(new Hit(f, output)));
        Path twin = file.resolveSibling(file.getFileName() + ".gz");
        if (!isTwin(file) && Files.isRegularFile(twin)) {
            byte[] plain = OutputText.gunzip(Files.readAllBytes(twin));
            if (!Arrays.equals(plain, bytes)) {
                OutputText.find(output, plain, finder, near).forEach(f -> hits.add(new Hit(f, output + ".gz")));
            }
        }
        return hits;
    }

    private static boolean isTwin(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }

    private static Path original(Path twin) {
        String name = twin.getFileName().toString();
        return twin.resolveSibling(name.substring(0, name.length() - 3));
    }

    private static String searchable(SearchDocument doc) {
        return Stream.of(Stream.of(doc.title(), doc.body()), doc.keys().stream(), doc.names().stream(),
                        doc.facets().stream().map(Facet::value))
                .flatMap(s -> s).collect(Collectors.joining("\n"));
    }

    /** Hotlines are office numbers published on purpose, even when an office uses a mobile. */
    private static Set<String> hotlines(LoadedContent content) {
        Set<String> numbers = new HashSet<>();
        numbers.add(PrivateValues.digits(content.site().hotline()));
        for (LoadedProject p : content.projects()) {
            numbers.add(PrivateValues.digits(p.record().project().hotline()));
        }
        return numbers;
    }

    private static String listed(Collection<Hit> hits) {
        List<String> files = hits.stream().map(Hit::output).distinct().sorted().toList();
        String shown = String.join("、", files.subList(0, Math.min(3, files.size())));
        return files.size() > 3 ? shown + " 等 " + files.size() + " 处" : shown;
    }
}
