package org.gongshi.generator.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** How URL paths map to files of the built site and back: a URL ending in "/" is its folder's index.html. */
public final class SitePaths {

    private static final String INDEX = "index.html";

    private SitePaths() {
    }

    /** "/p/X/" → "p/X/index.html", "/feed.xml" → "feed.xml": relative to the site folder. */
    public static String fileFor(String urlPath) {
        String relative = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
        return relative.isEmpty() || relative.endsWith("/") ? relative + INDEX : relative;
    }

    /**
     * A URL path as links write it: non-ASCII characters (a town's name) percent-encoded as UTF-8, so old browsers
     * and mail clients keep the link whole. Files are written under the decoded path, which servers look up.
     */
    public static String href(String urlPath) {
        try {
            return new URI(null, null, urlPath, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL path: " + urlPath, e);
        }
    }

    /** A file of the site by its path from the site's root, as a URL path: "p/X/index.html" → "/p/X/index.html". */
    public static String pathOf(Path siteDir, Path file) {
        return "/" + siteDir.relativize(file).toString().replace('\\', '/');
    }

    /** The URL path that answers with a file of the site: "p/X/index.html" → "/p/X/". */
    public static String urlFor(Path siteDir, Path file) {
        String path = pathOf(siteDir, file);
        return path.endsWith("/" + INDEX) ? path.substring(0, path.length() - INDEX.length()) : path;
    }

    /**
     * The absolute URL of a URL path under the site's base URL (which ends in "/"), percent-encoded: town names
     * may appear in paths in Chinese, and feed readers, crawlers and WeChat want ASCII URLs.
     */
    public static String absolute(String baseUrl, String urlPath) {
        String relative = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
        try {
            // A leading "/" keeps a first segment with ":" from being read as a scheme; it is dropped again.
            return baseUrl + new URI(null, null, "/" + relative, null).toASCIIString().substring(1);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL path: " + urlPath, e);
        }
    }
}
