package org.gongshi.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

/**
 * The embedded {@code content/} built once per test JVM (a build takes seconds, and JBake's OrientDB is
 * happiest with few bakes per JVM); tests only read it.
 */
final class BuiltSite {

    static final Path CONTENT = Path.of("../content");
    static final Path TEMPLATES = Path.of("../templates");
    /** The day the sample's compliance flags are computed for, so tests can name them. */
    static final LocalDate AS_OF = LocalDate.parse("2026-11-23");

    private static Path out;
    private static BuildReport report;

    private BuiltSite() {
    }

    static synchronized Path out() {
        if (out == null) {
            try {
                out = Files.createTempDirectory("gongshi-built-");
                report = SiteBuilder.build(options(CONTENT, out), m -> { });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (BuildException e) {
                throw new IllegalStateException(e);
            }
            if (!report.ok()) {
                throw new IllegalStateException("content/ does not build:\n" + String.join("\n",
                        report.problems().stream().map(Problem::toString).toList()));
            }
        }
        return out;
    }

    /** A build of this content on {@link #AS_OF}, with no secret in the environment (a sample uses its demo secret). */
    static SiteBuilder.Options options(Path content, Path out) {
        return new SiteBuilder.Options(content, TEMPLATES, out, AS_OF, Map.of());
    }

    static BuildReport report() {
        out();
        return report;
    }

    /** The release folder that {@code out/site} links to, so that a walk of it finds the files. */
    static Path site() {
        try {
            return out().resolve(SiteBuilder.SITE).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
