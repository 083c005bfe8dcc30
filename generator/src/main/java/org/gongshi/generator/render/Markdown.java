package org.gongshi.generator.render;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.profile.pegdown.Extensions;
import com.vladsch.flexmark.profile.pegdown.PegdownOptionsAdapter;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown of typical cases and authored pages, rendered alike (authored pages through {@link PageMarkdownEngine})
 * with JBake's default {@code markdown.extensions} and tables. It is text the office types, published on a site
 * people trust: raw HTML in it shows as the text it is, never as markup, and a link or image keeps its address only
 * for http, https, mailto, tel or an address on this site, so no {@code javascript:} or {@code data:} link works.
 */
final class Markdown {

    private static final DataHolder OPTIONS = new MutableDataSet(PegdownOptionsAdapter.flexmarkOptions(
            Extensions.HARDWRAPS | Extensions.AUTOLINKS | Extensions.FENCED_CODE_BLOCKS | Extensions.DEFINITIONS
                    | Extensions.TABLES))
            .set(HtmlRenderer.ESCAPE_HTML, true)
            .toImmutable();
    private static final Parser PARSER = Parser.builder(OPTIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(OPTIONS)
            .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                @Override
                public AttributeProvider apply(LinkResolverContext context) {
                    return Markdown::attributes;
                }
            })
            .build();

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    /** Browsers drop ASCII controls and spaces from an address before they read its scheme ("java\tscript:"). */
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x20]");

    private Markdown() {
    }

    static String html(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }

    /**
     * Sees every address after entities are decoded ({@code &#106;avascript:}), which flexmark's own
     * {@code SUPPRESSED_LINKS} pattern does not; and gives a table's header cells the column scope screen readers need.
     */
    private static void attributes(Node node, AttributablePart part, MutableAttributes attributes) {
        for (String name : List.of("href", "src")) {
            if (attributes.contains(name) && !safeAddress(attributes.getValue(name))) {
                attributes.remove(name);
            }
        }
        if (node instanceof TableCell cell && cell.isHeader()) {
            attributes.replaceValue("scope", "col");
        }
    }

    /** An address with a scheme other than http, https, mailto or tel is unsafe; one without is on this site. */
    static boolean safeAddress(String address) {
        Matcher scheme = SCHEME.matcher(CONTROLS.matcher(address).replaceAll("").toLowerCase(Locale.ROOT));
        return !scheme.find() || SAFE_SCHEMES.contains(scheme.group(1));
    }
}
