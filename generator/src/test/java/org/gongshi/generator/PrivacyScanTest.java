package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.gongshi.search.SearchIndex;
import org.gongshi.search.SearchQuery;
import org.junit.jupiter.api.Test;

/**
 * Privacy is a build failure: no roster name, ID number, phone or card number reaches any output file,
 * compressed twins and the search index included. Rosters are read here independently of the loader.
 */
class PrivacyScanTest {

    private static final Set<String> TEXT = Set.of("html", "json", "csv", "xml", "svg", "txt", "css");

    private static Set<String> privateValues() throws IOException {
        Set<String> values = new LinkedHashSet<>();
        try (Stream<Path> rosters = Files.walk(BuiltSite.CONTENT.resolve("projects"))) {
            for (Path roster : rosters.filter(f -> f.getFileName().toString().equals("roster.csv")).toList()) {
                List<String> lines = Files.readAllLines(roster, StandardCharsets.UTF_8);
                List<String> header = Arrays.asList(lines.get(0).replace("\uFEFF", "").split(","));
                for (String line : lines.subList(1, lines.size())) {
                    String[] cells = line.split(",");
                    for (String column : List.of("姓名", "身份证号", "联系电话", "银行卡号")) {
                        values.add(cells[header.indexOf(column)].strip());
                    }
                }
            }
        }
        return values;
    }

    private static String text(Path file) throws IOException {
        if (file.toString().endsWith(".gz")) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        return Files.readString(file);
    }

    private static boolean scanned(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.gz$", "");
        return TEXT.contains(name.substring(name.lastIndexOf('.') + 1));
    }

    @Test
    void noRosterValueAppearsInAnyOutputFile() throws IOException {
        Set<String> secrets = privateValues();
        assertTrue(secrets.size() > 1000, "the sample rosters were read: " + secrets.size());
        List<String> leaks = new ArrayList<>();
        int files = 0;
        try (Stream<Path> walk = Files.walk(BuiltSite.site())) {
            for (Path file : walk.filter(Files::isRegularFile).filter(PrivacyScanTest::scanned).toList()) {
                String text = text(file);
                files++;
                for (String secret : secrets) {
                    if (text.contains(secret)) {
                        leaks.add(BuiltSite.site().relativize(file) + " contains " + secret.charAt(0) + "…");
                    }
                }
            }
        }
        assertTrue(files > 100, "html and .gz twins were scanned: " + files);
        assertEquals(List.of(), leaks.subList(0, Math.min(20, leaks.size())), leaks.size() + " leaks, first 20 shown");
    }

    @Test
    void noRosterValueIsFoundBySearch() throws IOException {
        try (SearchIndex index = SearchIndex.open(BuiltSite.out().resolve(SiteBuilder.SEARCH_INDEX))) {
            List<String> found = new ArrayList<>();
            for (String secret : privateValues()) {
                if (index.search(SearchQuery.of(secret)).total() > 0) {
                    found.add(secret.charAt(0) + "…");
                }
            }
            assertEquals(List.of(), found);
        }
    }
}
