package org.gongshi.generator.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The site stylesheet ({@code templates/assets/style.css}) as every page carries it in its head: a page then needs a
 * single request to show, which on a slow 3G link saves a round trip of about a second. Minified, because all of it
 * travels with every page. The build also writes this exact text to {@code /style.css}: the server inlines that file
 * into its own pages and allows it by hash in its Content-Security-Policy.
 */
public final class InlineStylesheet {

    /** Under {@code templates/}: the file templates ship, and the URL it keeps on the site. */
    public static final String FILE = "style.css";

    private InlineStylesheet() {
    }

    /** Reads and minifies the stylesheet of a templates folder; "" for templates that bring none. */
    public static String read(Path templatesDir) throws IOException {
        Path file = templatesDir.resolve("assets").resolve(FILE);
        if (!Files.exists(file)) {
            return "";
        }
        String css = minify(Files.readString(file));
        // Inside <style> the HTML parser ends the element at the first "</style", whatever CSS says.
        if (css.toLowerCase(Locale.ROOT).contains("</style")) {
            throw new IOException(file + " 含有 \"</style\"，无法内嵌到页面中");
        }
        return css;
    }

    /**
     * Drops comments and the whitespace CSS does not need; quoted strings are copied as written. Whitespace between
     * two words stays one space: it is the descendant combinator in {@code .a .b} and separates values in
     * {@code 0 1rem}.
     */
    public static String minify(String css) {
        StringBuilder out = new StringBuilder(css.length());
        boolean pendingSpace = false;
        int i = 0;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < css.length() && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? css.length() : end + 2;
                pendingSpace = true;
            } else if (Character.isWhitespace(c)) {
                pendingSpace = true;
                i++;
            } else if (c == '"' || c == '\'') {
                int end = endOfString(css, i);
                appendSpace(out, pendingSpace, c);
                out.append(css, i, end);
                pendingSpace = false;
                i = end;
            } else {
                if (c == '}' && !out.isEmpty() && out.charAt(out.length() - 1) == ';') {
                    out.setLength(out.length() - 1);
                }
                appendSpace(out, pendingSpace, c);
                out.append(c);
                pendingSpace = false;
                i++;
            }
        }
        return out.toString();
    }

    /**
     * A space is kept only where neither side is punctuation that separates on its own. A space after ':' never
     * matters ({@code color: red}); one before it does ({@code .a :focus} is not {@code .a:focus}), so it stays.
     */
    private static void appendSpace(StringBuilder out, boolean pending, char next) {
        if (!pending || out.isEmpty()) {
            return;
        }
        char previous = out.charAt(out.length() - 1);
        if (!separates(previous) && previous != ':' && !separates(next) && next != '!') {
            out.append(' ');
        }
    }

    private static boolean separates(char c) {
        return c == '{' || c == '}' || c == ';' || c == ',' || c == '>';
    }

    private static int endOfString(String css, int start) {
        char quote = css.charAt(start);
        int i = start + 1;
        while (i < css.length() && css.charAt(i) != quote) {
            i += css.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, css.length());
    }
}
