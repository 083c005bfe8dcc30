package org.gongshi.generator.render;

import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Base of the record-page plug-ins: renders every page a family yields, on all cores, and reports every
 * failed page at once. Does nothing in a bake that gongshi did not set up.
 */
abstract class RecordPagesTool implements RenderingTool {

    /** One page to write: template, URL path, page model. */
    record Page(String template, String path, Object model) {
    }

    abstract List<Page> pages(BuildContext context);

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) throws RenderingException {
        Optional<BuildContext> context = BuildContext.of(config);
        if (context.isEmpty()) {
            return 0;
        }
        List<Page> pages = pages(context.get());
        List<String> failures = pages.parallelStream()
                .map(page -> failure(context.get(), page))
                .flatMap(Optional::stream)
                .sorted()
                .toList();
        if (!failures.isEmpty()) {
            throw new RenderingException(failures.size() + " 个页面生成失败：\n" + String.join("\n", failures));
        }
        return pages.size();
    }

    /** Renders one page; what went wrong, if anything, so every failed page is reported, not just the first. */
    private static Optional<String> failure(BuildContext context, Page page) {
        try {
            context.render(page.template(), page.path(), page.model());
            return Optional.empty();
        } catch (Exception e) {
            return Optional.of(page.path() + "：" + e.getMessage());
        }
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        throw new RenderingException("gongshi plug-ins need the JBakeConfiguration entry point");
    }
}
