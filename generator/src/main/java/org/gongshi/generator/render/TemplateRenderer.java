package org.gongshi.generator.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.SimpleScalar;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gongshi.generator.publish.GzipTwins;
import org.gongshi.generator.publish.SitePaths;

/**
 * One shared Freemarker configuration over {@code templates/} for all record pages. ARCHITECTURE.md measured
 * this 1.3–1.5× faster than JBake's per-page {@code Renderer.render}; it also gives records as template
 * properties and HTML auto-escaping, which JBake's 2.3.0-compatible configuration does not.
 */
public final class TemplateRenderer {

    private final Configuration freemarker;
    private final Path outputDir;
    private final Set<String> written = ConcurrentHashMap.newKeySet();
    private final String stylesheet;

    public TemplateRenderer(Path templatesDir, Path outputDir) throws IOException {
        this.stylesheet = InlineStylesheet.read(templatesDir);
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDirectoryForTemplateLoading(templatesDir.toFile());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setObjectWrapper(new PublicOnlyWrapper());
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        // "computer" so a year prints as 2023, not 2,023; money is formatted in Java anyway.
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setSharedVariable("stylesheet", new SimpleScalar(stylesheet));
        this.freemarker = cfg;
        this.outputDir = outputDir;
    }

    /**
     * Renders the template with the model to the file for a URL path ("/p/X/" → p/X/index.html,
     * "/feed.xml" → feed.xml), with its {@code .gz} twin.
     */
    public void render(String template, Map<String, Object> model, String urlPath) throws IOException, TemplateException {
        Template t = freemarker.getTemplate(template);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32 * 1024);
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            t.process(model, out);
        }
        write(urlPath, bytes.toByteArray());
    }

    /** The minified stylesheet every page inlines, as templates see it in {@code stylesheet}; "" for none. */
    String stylesheet() {
        return stylesheet;
    }

    /** Writes bytes made in Java (SVG, JSON) to the file for a URL path, with its {@code .gz} twin. */
    void write(String urlPath, byte[] bytes) throws IOException {
        Path file = outputDir.resolve(SitePaths.fileFor(urlPath));
        Files.createDirectories(file.getParent());
        GzipTwins.write(file, bytes);
        written.add(urlPath);
    }

    /** The URL paths written so far. */
    Set<String> written() {
        return Set.copyOf(written);
    }

    boolean caseSensitiveOutput() throws IOException {
        Files.createDirectories(outputDir);
        Path probe = Files.createTempFile(outputDir, ".case-probe-", "");
        try {
            return !Files.exists(probe.resolveSibling(probe.getFileName().toString().toUpperCase(Locale.ROOT)));
        } finally {
            Files.delete(probe);
        }
    }
}
