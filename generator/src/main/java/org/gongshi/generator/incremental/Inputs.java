package org.gongshi.generator.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongshi.generator.publish.UrlLedger;

/**
 * What a build's output is made from, as SHA-256 sums: one over everything any page may show besides the projects
 * (site.json, cases, authored pages, the complaint ledger, the templates, the program itself, the day compliance flags
 * are computed for and the check-code secret), and one per project folder.
 */
public record Inputs(String shared, SortedMap<String, ProjectInputs> projects) {

    /**
     * How long before the last build a file must have been modified for its recorded size and time to stand for its
     * bytes: a file changed within the same tick as that build read it would otherwise look unchanged (git's "racy"
     * case).
     */
    private static final long SETTLED_MILLIS = 2_000;

    public Inputs {
        projects = new TreeMap<>(projects);
    }

    /**
     * @param asOf        the day compliance flags are computed for: a new day can raise a flag on any page
     * @param secret      the check-code secret's fingerprint: every wage page's codes depend on it
     * @param previous    the last build's state; a project file it recorded, unchanged in size and time since well
     *                    before that build, is not read again
     */
    public static Inputs of(Path contentDir, Path templatesDir, LocalDate asOf, String secret, Optional<BuildState> previous)
            throws IOException {
        MessageDigest shared = sha256();
        update(shared, "asOf " + asOf + "\nsecret " + secret + "\nprogram " + program() + "\n");
        Path projectsDir = contentDir.resolve("projects");
        for (Path file : files(contentDir)) {
            if (!file.startsWith(projectsDir) && !file.equals(contentDir.resolve(UrlLedger.FILE))) {
                hashFile(shared, contentDir, file);
            }
        }
        update(shared, "templates\n");
        for (Path file : files(templatesDir)) {
            hashFile(shared, templatesDir, file);
        }
        SortedMap<String, ProjectInputs> projects = new TreeMap<>();
        if (Files.isDirectory(projectsDir)) {
            List<Path> folders;
            try (Stream<Path> list = Files.list(projectsDir)) {
                folders = list.filter(Files::isDirectory).sorted().toList();
            }
            long previousStart = previous.map(BuildState::started).orElse(0L);
            try {
                projects.putAll(folders.parallelStream().collect(Collectors.toMap(folder -> folder.getFileName().toString(),
                        folder -> project(folder, previous.flatMap(p -> p.project(folder.getFileName().toString())), previousStart))));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return new Inputs(HexFormat.of().formatHex(shared.digest()), projects);
    }

    private static ProjectInputs project(Path folder, Optional<ProjectInputs> before, long previousStart) {
        try {
            List<Path> files = files(folder);
            List<FileStamp> stamps = new ArrayList<>();
            for (Path file : files) {
                stamps.add(new FileStamp(folder.relativize(file).toString(), Files.size(file),
                        Files.getLastModifiedTime(file).toMillis()));
            }
            boolean settled = stamps.stream().allMatch(s -> s.modified() < previousStart - SETTLED_MILLIS);
            if (settled && before.isPresent() && before.get().files().equals(stamps)) {
                return before.get();
            }
            MessageDigest digest = sha256();
            for (Path file : files) {
                hashFile(digest, folder, file);
            }
            return new ProjectInputs(HexFormat.of().formatHex(digest.digest()), stamps);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under a folder, in a stable order; none when the folder is absent. */
    private static List<Path> files(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void hashFile(MessageDigest digest, Path root, Path file) throws IOException {
        update(digest, root.relativize(file) + "\n");
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        update(digest, "\n");
    }

    /**
     * The running program, by the size and time of its jar (or of its class files when run from a build tree): a new
     * version may render any page differently.
     */
    private static String program() throws IOException {
        Path code;
        try {
            code = Path.of(Inputs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown " + System.nanoTime();
        }
        StringBuilder stamp = new StringBuilder(code.toString());
        for (Path file : Files.isDirectory(code) ? files(code) : List.of(code)) {
            stamp.append('\n').append(file).append(' ').append(Files.size(file)).append(' ')
                    .append(Files.getLastModifiedTime(file).toMillis());
        }
        return stamp.toString();
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
