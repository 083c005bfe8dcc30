package org.gongshi.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.gongshi.generator.BuildException;
import org.gongshi.generator.BuildReport;
import org.gongshi.generator.Problem;
import org.gongshi.generator.SiteBuilder;

/** Runs a build with progress on stderr, and knows when the last one is out of date. */
final class Builds {

    private static final String STAMP = ".gongshi-build";

    private Builds() {
    }

    static BuildReport run(SiteBuilder.Options options) throws BuildException, IOException {
        BuildReport report = SiteBuilder.build(options, message -> System.err.println(message));
        if (report.ok()) {
            Files.writeString(options.outDir().resolve(STAMP), stampText(options));
            System.out.println(report.summary());
        } else {
            printProblems(report.problems());
            System.err.println(report.summary());
        }
        return report;
    }

    static void printProblems(Iterable<Problem> problems) {
        problems.forEach(System.err::println);
    }

    /** Stale when nothing was built, the sources moved, or any content or template file is newer than the stamp. */
    static boolean stale(SiteBuilder.Options options) throws IOException {
        Path stamp = options.outDir().resolve(STAMP);
        if (!Files.isRegularFile(stamp) || !Files.isDirectory(options.outDir().resolve(SiteBuilder.SITE))
                || !Files.readString(stamp).equals(stampText(options))) {
            return true;
        }
        FileTime built = Files.getLastModifiedTime(stamp);
        return newerThan(options.contentDir(), built) || newerThan(options.templatesDir(), built);
    }

    private static boolean newerThan(Path dir, FileTime time) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> {
                try {
                    return Files.getLastModifiedTime(f).compareTo(time) > 0;
                } catch (IOException e) {
                    return true;
                }
            });
        }
    }

    private static String stampText(SiteBuilder.Options options) {
        return options.contentDir().toAbsolutePath().normalize() + "\n" + options.templatesDir().toAbsolutePath().normalize() + "\n";
    }
}
