package org.gongshi.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The embedded {@code content/} built once per test JVM (a build takes seconds, and JBake's OrientDB is
 * happiest with few bakes per JVM); tests only read it.
 */
final class BuiltSite {

    static final Path CONTENT = Path.of("../content");
    static final Path TEMPLATES = Path.of("../templates");

    private static Path out;
    private static BuildReport report;

    private BuiltSite() {
    }

    static synchronized Path out() {
        if (out == null) {
            try {
                out = Files.createTempDirectory("gongshi-built-");
                report = SiteBuilder.build(new SiteBuilder.Options(CONTENT, TEMPLATES, out), m -> { });
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

    static BuildReport report() {
        out();
        return report;
    }

    static Path site() {
        return out().resolve(SiteBuilder.SITE);
    }
}
