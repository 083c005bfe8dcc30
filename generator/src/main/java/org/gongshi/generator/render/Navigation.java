package org.gongshi.generator.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The site menu: one link per top-level authored page, titled from its JBake header. Links are plain maps
 * because stock JBake's Freemarker (authored pages) cannot read record properties.
 */
public final class Navigation {

    private Navigation() {
    }

    public static List<Map<String, String>> links(Path pagesDir) throws IOException {
        if (!Files.isDirectory(pagesDir)) {
            return List.of();
        }
        List<Map<String, String>> links = new ArrayList<>();
        try (Stream<Path> files = Files.list(pagesDir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.md$", "");
                links.add(Map.of("url", "/" + name + "/", "title", title(file).orElse(name)));
            }
        }
        return List.copyOf(links);
    }

    private static java.util.Optional<String> title(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.takeWhile(l -> !l.startsWith("~~~~~~"))
                    .map(l -> l.replace("\uFEFF", ""))
                    .filter(l -> l.startsWith("title="))
                    .map(l -> l.substring("title=".length()).strip())
                    .findFirst();
        }
    }
}
