package org.gongshi.generator.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.profile.pegdown.Extensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.data.DataHolder;

/**
 * Markdown of typical cases, rendered with the options JBake uses for authored pages (its default
 * {@code markdown.extensions}), so a case reads the same as the pages around it.
 */
final class Markdown {

    private static final DataHolder OPTIONS = PegdownOptionsAdapter.flexmarkOptions(
            Extensions.HARDWRAPS | Extensions.AUTOLINKS | Extensions.FENCED_CODE_BLOCKS | Extensions.DEFINITIONS);
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS).build();

    private Markdown() {
    }

    static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
