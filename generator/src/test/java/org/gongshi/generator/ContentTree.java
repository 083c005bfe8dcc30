package org.gongshi.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A writable content tree for tests that build, change the records and build again: a copy of the one-project
 * {@code clean-content} fixture, with more projects cloned from it under new codes.
 */
public final class ContentTree {

    static final String FIRST = "2023-QH-0008";
    static final ObjectMapper JSON = new ObjectMapper();

    final Path content;
    final Path out;

    ContentTree(Path dir) throws IOException, URISyntaxException {
        this.content = dir.resolve("content");
        this.out = dir.resolve("out");
        copy(Path.of(ContentTree.class.getResource("/clean-content").toURI()), content);
    }

    /** Clones the first project as {@code code}, with a 文号 of its own. */
    ContentTree withProject(String code, int documentNumber) throws IOException {
        copy(project(FIRST), project(code));
        edit(code, p -> p.put("code", code).put("approvalDocument", "青发改振兴〔2023〕" + documentNumber + "号"));
        return this;
    }

    Path project(String code) {
        return content.resolve("projects").resolve(code);
    }

    /** Rewrites a project's project.json through a JSON tree, as an editor would save it. */
    void edit(String code, Consumer<ObjectNode> change) throws IOException {
        Path file = project(code).resolve("project.json");
        ObjectNode record = (ObjectNode) JSON.readTree(file.toFile());
        change.accept(record);
        JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), record);
    }

    BuildReport build() throws BuildException {
        return build(Map.of());
    }

    /** A build with these environment variables, e.g. a check-code secret. */
    BuildReport build(Map<String, String> environment) throws BuildException {
        return SiteBuilder.build(new SiteBuilder.Options(content, BuiltSite.TEMPLATES, out, BuiltSite.AS_OF, environment),
                m -> { });
    }

    /**
     * The published site: once a build has published, the release folder that {@code out/site} links to, since a walk
     * does not follow a link it starts at.
     */
    Path site() {
        Path link = out.resolve(SiteBuilder.SITE);
        try {
            return Files.exists(link) ? link.toRealPath() : link;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems of a failed build, as the CLI prints them but with the path relative to the content tree. */
    static List<String> problems(BuildReport report, Path content) {
        return report.problems().stream()
                .map(p -> content.relativize(p.file()).toString().replace('\\', '/') + ":" + p.line() + ": "
                        + p.field() + ": " + p.message())
                .toList();
    }

    /** Copies a folder tree, as a fixture is copied before a test changes it. */
    public static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(source -> {
                Path dest = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(source, dest);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
