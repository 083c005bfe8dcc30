package org.gongshi.generator.render;

import org.jbake.parser.Engines;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's engine for the authored pages' {@code .md} files, in place of its own, which passes raw HTML and
 * {@code javascript:} links through: renders the body with {@link Markdown}, as typical cases are rendered. JBake keeps
 * header parsing.
 */
final class PageMarkdownEngine extends MarkupEngine {

    /**
     * Makes JBake use this engine for {@code .md}. JBake looks engines up in a static registry that its own jar fills
     * from a properties file; registering here, before each bake, does not depend on which jar the class path or a
     * shaded jar lists first.
     */
    static void register() {
        if (!(Engines.get("md") instanceof PageMarkdownEngine)) {
            Engines.register("md", new PageMarkdownEngine());
        }
    }

    @Override
    public void processBody(ParserContext context) {
        context.setBody(Markdown.html(context.getBody()));
    }
}
