package org.gongshi.generator.publish;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code /sitemap.xml}: every page a search engine should list, as absolute URLs. The sitemap protocol allows
 * 50,000 URLs per file; past that {@code /sitemap.xml} becomes an index of {@code /sitemap-1.xml},
 * {@code /sitemap-2.xml}, … so the address given in robots.txt never changes.
 */
public final class Sitemap {

    public static final String PATH = "/sitemap.xml";
    static final int MAX_URLS = 50_000;
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {
    }

    /**
     * The pages among a site's URLs: folders (their index.html) and .html files, without {@code /404.html} (an
     * error page) and the upper-case {@code /P/{CODE}/} stubs, which say noindex and lead on to the notice.
     */
    public static List<String> pagesOf(Collection<String> urls) {
        return urls.stream()
                .filter(url -> url.endsWith("/") || url.endsWith(".html"))
                .filter(url -> !url.equals("/404.html") && !url.startsWith("/P/"))
                .toList();
    }

    /** Writes the sitemap, with .gz twins, into the site folder; returns the URL paths of the files written. */
    public static List<String> write(Path siteDir, String baseUrl, List<String> pages) throws IOException {
        return write(siteDir, baseUrl, pages, MAX_URLS);
    }

    static List<String> write(Path siteDir, String baseUrl, List<String> pages, int limit) throws IOException {
        if (pages.size() <= limit) {
            writeFile(siteDir, PATH, urlset(baseUrl, pages));
            return List.of(PATH);
        }
        List<String> parts = new ArrayList<>();
        for (int from = 0; from < pages.size(); from += limit) {
            String part = "/sitemap-" + (parts.size() + 1) + ".xml";
            writeFile(siteDir, part, urlset(baseUrl, pages.subList(from, Math.min(from + limit, pages.size()))));
            parts.add(part);
        }
        writeFile(siteDir, PATH, index(baseUrl, parts));
        List<String> written = new ArrayList<>(parts);
        written.add(PATH);
        return List.copyOf(written);
    }

    private static byte[] urlset(String baseUrl, List<String> pages) throws IOException {
        return document("urlset", "url", baseUrl, pages);
    }

    private static byte[] index(String baseUrl, List<String> parts) throws IOException {
        return document("sitemapindex", "sitemap", baseUrl, parts);
    }

    /** Both kinds of file are one root element holding one {@code <loc>} per entry. */
    private static byte[] document(String root, String entry, String baseUrl, List<String> paths) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 + paths.size() * 96);
        try {
            // The JDK's own writer, not whichever StAX provider a library brings (the .xlsx reader brings Aalto,
            // which refuses "xml:lang" and formats differently).
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NS);
            for (String path : paths) {
                xml.writeCharacters("\n");
                xml.writeStartElement(entry);
                xml.writeStartElement("loc");
                xml.writeCharacters(SitePaths.absolute(baseUrl, path));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("sitemap: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    private static void writeFile(Path siteDir, String urlPath, byte[] bytes) throws IOException {
        GzipTwins.write(siteDir.resolve(SitePaths.fileFor(urlPath)), bytes);
    }
}
