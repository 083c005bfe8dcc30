package org.gongshi.generator.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds which public input fields carry a private value: every string of every JSON file of the content tree
 * (named by its JSON pointer) and every line of its other text files (Markdown pages and cases, lists). The
 * rosters and wage ledgers are the private inputs themselves and are left out.
 */
final class LeakSources {

    private static final Set<String> PRIVATE_FILES = Set.of("roster", "wages");
    private static final Set<String> TEXT = Set.of("json", "md", "markdown", "txt", "html", "htm", "adoc");

    /** A finding in an input file, at the field that carried it. */
    record Source(Finding finding, Place place) {
    }

    private LeakSources() {
    }

    static List<Source> find(Path contentDir, PrivateDataFinder finder, Nearby nearby) throws IOException {
        List<Source> sources = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(contentDir)) {
            files = walk.filter(Files::isRegularFile).filter(LeakSources::isPublicText).sorted().toList();
        }
        for (Path file : files) {
            Set<String> near = nearby.namesForInput(contentDir.relativize(file));
            if (extension(file).equals("json")) {
                json(file, finder, near, sources);
            } else {
                List<Finding> found = finder.find(ScanText.of(Files.readString(file, StandardCharsets.UTF_8)), 1, near);
                found.forEach(f -> sources.add(new Source(f, new Place(file, f.line(), ""))));
            }
        }
        return sources;
    }

    private static void json(Path file, PrivateDataFinder finder, Set<String> near, List<Source> sources)
            throws IOException {
        try {
            for (JsonStrings.JsonString string : JsonStrings.of(Files.readAllBytes(file))) {
                for (Finding f : finder.find(ScanText.of(string.text()), string.line(), near)) {
                    sources.add(new Source(f, new Place(file, string.line(), string.field())));
                }
            }
        } catch (JsonProcessingException e) {
            // Loading has already reported this file; a leak scan only runs on content that loaded.
        }
    }

    private static boolean isPublicText(Path file) {
        String name = file.getFileName().toString();
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return TEXT.contains(extension(file)) && !PRIVATE_FILES.contains(base);
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        return name.substring(name.lastIndexOf('.') + 1).toLowerCase();
    }
}
