package org.gongshi.generator.render;

import java.io.File;
import java.util.List;
import java.util.Optional;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.gongshi.search.SearchDocument;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Not a page family: reads the authored Markdown pages JBake crawled (stock JBake renders them) and hands
 * their text to the search index, so the index is written from the same content as the pages.
 */
public final class AuthoredPageDocuments implements RenderingTool {

    @Override
    public int render(Renderer renderer, ContentStore db, JBakeConfiguration config) {
        Optional<BuildContext> context = BuildContext.of(config);
        if (context.isEmpty()) {
            return 0;
        }
        for (DocumentModel doc : db.getAllContent("page")) {
            String uri = doc.getUri();
            String url = "/" + (uri.endsWith("index.html") ? uri.substring(0, uri.length() - "index.html".length()) : uri);
            context.get().addAuthoredDocument(new SearchDocument(
                    "page:" + url, url, "page", "",
                    doc.getTitle(), HtmlText.plain(doc.getBody()), List.of(), List.of(), List.of()));
        }
        return 0;
    }

    @Override
    @Deprecated
    public int render(Renderer renderer, ContentStore db, File destination, File templatesPath,
                      CompositeConfiguration config) throws RenderingException {
        throw new RenderingException("gongshi plug-ins need the JBakeConfiguration entry point");
    }
}
