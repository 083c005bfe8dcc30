package org.gongshi.generator.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** A copy of the site in a folder: a download of the web server's files, or the folder it serves. */
record DirectoryCopy(Path root) implements SiteCopy {

    private static final Pattern MANIFEST = Pattern.compile("[1-9][0-9]{0,8}\\.json");

    @Override
    public String name(String path) {
        return SiteFiles.file(root, path).toString();
    }

    @Override
    public Optional<byte[]> read(String path) throws IOException {
        Path file = SiteFiles.file(root, path);
        return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    }

    @Override
    public Optional<String> sha256(String path) throws IOException {
        Path file = SiteFiles.file(root, path);
        return Files.isRegularFile(file) ? Optional.of(Sha256.ofFile(file, path).sha256()) : Optional.empty();
    }

    @Override
    public Optional<String> gzipSha256(String path) throws IOException {
        Path twin = SiteFiles.file(root, path + ".gz");
        if (!Files.isRegularFile(twin)) {
            return Optional.empty();
        }
        try (InputStream file = Files.newInputStream(twin); InputStream in = new GZIPInputStream(file)) {
            return Optional.of(Sha256.of(in, path).sha256());
        }
    }

    @Override
    public Optional<List<String>> list() throws IOException {
        return Optional.of(SiteFiles.list(root));
    }

    @Override
    public List<Integer> releases() throws IOException {
        Path releases = root.resolve(Releases.FOLDER);
        if (!Files.isDirectory(releases)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(releases)) {
            return files.map(f -> f.getFileName().toString()).filter(name -> MANIFEST.matcher(name).matches())
                    .map(name -> Integer.valueOf(name.substring(0, name.length() - ".json".length())))
                    .sorted().toList();
        }
    }
}
