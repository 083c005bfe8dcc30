package org.gongshi.generator.render;

import java.util.ServiceLoader;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * The record-page families without a JBake bake: an incremental build re-renders records only, because authored
 * pages and assets, which JBake makes, cannot have changed when their inputs did not. The families are found as
 * JBake finds them, so a new family registered for JBake is rendered here too.
 */
public final class RecordPages {

    private RecordPages() {
    }

    public static void render(BuildContext context) throws RenderingException {
        for (RenderingTool tool : ServiceLoader.load(RenderingTool.class, RecordPages.class.getClassLoader())) {
            if (tool instanceof RecordPagesTool family) {
                family.render(context);
            }
        }
    }
}
