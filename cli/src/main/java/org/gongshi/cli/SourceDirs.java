package org.gongshi.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Option;

/**
 * The options naming where content and templates come from. Without them, {@code content/} and
 * {@code templates/} in the working directory are used, as in a checkout; elsewhere, the copies packaged in
 * the jar are unpacked, so the runnable jar alone can build and serve the sample portal.
 */
final class SourceDirs {

    @Option(names = "--content", paramLabel = "DIR", description = "内容目录（默认 content/，不存在时使用内置示例）")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", description = "模板目录（默认 templates/，不存在时使用内置模板）")
    Path templates;

    Path contentDir() throws IOException {
        return content != null ? content : orBundled(Path.of("content"), "gongshi/content");
    }

    Path templatesDir() throws IOException {
        return templates != null ? templates : orBundled(Path.of("templates"), "gongshi/templates");
    }

    private static Path orBundled(Path local, String resource) throws IOException {
        if (Files.isDirectory(local)) {
            return local;
        }
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "gongshi-" + resource.replace('/', '-'));
        unpack(resource, target);
        return target;
    }

    private static void unpack(String resource, Path target) throws IOException {
        URL url = SourceDirs.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IOException("找不到目录 " + resource.substring(resource.indexOf('/') + 1) + "，也没有内置副本");
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    copyTree(jar.getPath(resource), target);
                }
            } else {
                copyTree(Path.of(uri), target);
            }
        } catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    /** Copies a folder tree, also out of a jar's file system; existing files are replaced. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(source -> {
                Path dest = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(source, dest, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
