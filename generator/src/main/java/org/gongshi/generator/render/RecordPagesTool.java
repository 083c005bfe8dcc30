package org.gongshi.generator.render;

import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
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
        AtomicInteger written = new AtomicInteger();
        List<String> failures = pages(context.get()).parallelStream().map(page -> {
            try {
                context.get().render(page.template(), page.path(), page.model());
                written.incrementAndGet();
                return null;
            } catch (Exception e) {
                return page.path() + "：" + e.getMessage();
            }
        }).filter(f -> f != null).sorted().collect(Collectors.toList());
        if (!failures.isEmpty()) {
            throw new RenderingException(failures.size() + " 个页面生成失败：\n" + String.join("\n", failures));
        }
        return written.get();
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        throw new RenderingException("gongshi plug-ins need the JBakeConfiguration entry point");
    }
}
