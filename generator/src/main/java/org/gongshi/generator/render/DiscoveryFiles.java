package org.gongshi.generator.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongshi.generator.model.Site;
import org.gongshi.generator.publish.Sitemap;
import org.gongshi.generator.publish.SitePaths;

/**
 * The files that let feed readers and crawlers find the notices: {@code /feed.xml} (Atom) and
 * {@code /robots.txt}. The sitemap is not here: it lists every page, so it is written after the bake
 * ({@code SiteBuilder}).
 */
public final class DiscoveryFiles extends RecordPagesTool {

    @Override
    List<Data> pages(BuildContext context) {
        Site site = context.site();
        return List.of(
                new Data(AtomFeed.PATH, () -> AtomFeed.of(site, context.projects())),
                new Data("/robots.txt", () -> robots(site).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Everything public may be crawled. The staff desk and complaint receipts are the server's and private;
     * they are named here for the case where the server also serves the static site.
     */
    static String robots(Site site) {
        return """
                User-agent: *
                Disallow: /staff/
                Disallow: /hotline/receipt

                Sitemap: %s
                """.formatted(SitePaths.absolute(site.baseUrl(), Sitemap.PATH));
    }
}
