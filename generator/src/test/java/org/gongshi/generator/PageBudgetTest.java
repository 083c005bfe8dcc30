package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Issue 9's page budget, checked on every page of the built sample. 14 KB is what a server's first flight of ten TCP
 * segments carries: a page within it, its CSS included, shows after one round trip, about a second on a weak 3G
 * link. Sizes are those of the {@code .gz} twins, the bytes the server sends.
 */
class PageBudgetTest {

    /** Notice pages and every page whose length does not grow with the number of records. */
    static final int PAGE_BUDGET = 14 * 1024;
    /**
     * Pages that are lists by nature (a year's projects, a wage ledger, every flag, every release) grow with the
     * records: they are held to 64 KB in all, about as much as the stats page's charts of a large county, and to
     * their head, inlined CSS and heading arriving within the first 14 KB, so they too start to show after one
     * round trip.
     */
    static final int LIST_BUDGET = 64 * 1024;
    private static final Pattern LIST_PAGES = Pattern.compile(
            "/projects/.*|/p/[^/]+/wages/|/(flags|complaints|releases|stats|data|cases)/");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^'\")]*)");

    private record Measured(String path, int bytes, int firstScreenBytes, List<String> problems) {
    }

    @Test
    void everyPageIsWithinItsBudgetWithItsCssIncluded() throws IOException {
        List<String> failures = new ArrayList<>();
        int notices = 0;
        for (Measured page : measureAll()) {
            failures.addAll(page.problems());
            boolean list = LIST_PAGES.matcher(page.path()).matches();
            int budget = list ? LIST_BUDGET : PAGE_BUDGET;
            if (page.bytes() > budget) {
                failures.add(page.path() + ": " + page.bytes() + " bytes compressed with its CSS, budget " + budget);
            }
            if (list && page.firstScreenBytes() > PAGE_BUDGET) {
                failures.add(page.path() + ": its head, CSS and heading take " + page.firstScreenBytes()
                        + " bytes compressed, more than the first " + PAGE_BUDGET);
            }
            if (page.path().matches("/p/[^/]+/")) {
                notices++;
            }
        }
        assertTrue(notices >= 20, "notice pages measured: " + notices);
        assertEquals(List.of(), failures);
    }

    private static List<Measured> measureAll() throws IOException {
        Path site = BuiltSite.site();
        try (Stream<Path> files = Files.walk(site)) {
            List<Measured> pages = files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted()
                    .map(f -> measure(site, f)).toList();
            assertTrue(pages.size() >= 100, "pages measured: " + pages.size());
            return pages;
        }
    }

    private static Measured measure(Path site, Path file) {
        String path = "/" + site.relativize(file).toString().replace('\\', '/').replaceFirst("(^|/)index\\.html$", "$1");
        try {
            List<String> problems = new ArrayList<>();
            Path twin = file.resolveSibling(file.getFileName() + ".gz");
            if (!Files.exists(twin)) {
                return new Measured(path, 0, 0, List.of(path + ": no .gz twin"));
            }
            int bytes = Math.toIntExact(Files.size(twin));
            String html = Files.readString(file);
            Document doc = Jsoup.parse(html);
            List<String> stylesheets = new ArrayList<>(doc.select("style").stream().map(Element::data).toList());
            for (Element link : doc.select("link[rel~=(?i)stylesheet]")) {
                String href = link.attr("href");
                if (!href.startsWith("/") || href.startsWith("//")) {
                    problems.add(path + ": stylesheet from elsewhere " + href);
                    continue;
                }
                // A stylesheet the page links is part of what it needs before it can show.
                Path css = site.resolve(href.substring(1));
                bytes += Math.toIntExact(Files.size(css.resolveSibling(css.getFileName() + ".gz")));
                stylesheets.add(Files.readString(css));
            }
            if (!doc.select("script, [onload], [onclick], noscript").isEmpty()) {
                problems.add(path + ": needs JavaScript");
            }
            for (String css : stylesheets) {
                if (css.contains("@font-face") || css.contains("@import")) {
                    problems.add(path + ": stylesheet loads a font or another stylesheet");
                }
                Matcher url = CSS_URL.matcher(css);
                while (url.find()) {
                    if (!isSvg(url.group(1))) {
                        problems.add(path + ": CSS image that is not SVG: " + url.group(1));
                    }
                }
            }
            for (Element image : doc.select("img, input[type=image], source, video, object, embed, iframe")) {
                String src = image.hasAttr("srcset") ? image.attr("srcset") : image.attr(image.hasAttr("data") ? "data" : "src");
                if (!isSvg(src)) {
                    problems.add(path + ": <" + image.tagName() + "> that is not SVG: " + src);
                }
            }
            return new Measured(path, bytes, firstScreen(html), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isSvg(String url) {
        boolean elsewhere = url.matches("(?i)(https?:)?//.*");
        return url.startsWith("data:image/svg+xml") || !elsewhere && url.replaceFirst("[?#].*", "").endsWith(".svg");
    }

    /** The compressed size of the page up to the end of its first heading: what must arrive for it to start showing. */
    private static int firstScreen(String html) throws IOException {
        int end = html.indexOf("</h1>");
        String head = end < 0 ? html : html.substring(0, end + "</h1>".length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(head.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.size();
    }
}
