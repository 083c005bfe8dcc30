package org.gongshi.generator.render;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Base of the record-page plug-ins: writes every output a family yields, on all cores, and reports every
 * failed one at once. Does nothing in a bake that gongshi did not set up.
 */
abstract class RecordPagesTool implements RenderingTool {

    /** One file to write at a URL path. */
    sealed interface Output permits Page, Data {
        String path();
    }

    /** A page rendered from a template with its page model. */
    record Page(String template, String path, Object model) implements Output {
    }

    /** A file whose bytes Java makes (an SVG, a JSON record); made on the rendering thread. */
    record Data(String path, Callable<byte[]> bytes) implements Output {
    }

    abstract List<? extends Output> pages(BuildContext context);

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        Optional<BuildContext> context = BuildContext.of(config);
        return context.isPresent() ? render(context.get()) : 0;
    }

    /** Writes every output of this family; also the entry point of an incremental build, which bakes nothing else. */
    int render(BuildContext context) throws RenderingException {
        List<? extends Output> pages = pages(context);
        List<String> failures = pages.parallelStream()
                .map(page -> failure(context, page))
                .flatMap(Optional::stream)
                .sorted()
                .toList();
        if (!failures.isEmpty()) {
            throw new RenderingException(failures.size() + " 个页面生成失败：\n" + String.join("\n", failures));
        }
        return pages.size();
    }

    /** Writes one output; what went wrong, if anything, so every failure is reported, not just the first. */
    private static Optional<String> failure(BuildContext context, Output output) {
        try {
            if (output instanceof Page page) {
                context.render(page.template(), page.path(), page.model());
            } else if (output instanceof Data data) {
                context.write(data.path(), data.bytes().call());
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of(output.path() + "：" + e.getMessage());
        }
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        throw new RenderingException("gongshi plug-ins need the JBakeConfiguration entry point");
    }
}
