package org.gongshi.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for the server-rendered pages. Every value that is not a literal goes through here. */
public final class Html {

    private Html() {
    }

    /** Safe in element text and in double- or single-quoted attributes. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // NUL and other C0 controls are not allowed in HTML text; drop them rather than echo them.
                default -> {
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A link target from the index: site-relative paths and http(s) URLs only, so that a bad record
     * can never turn into a {@code javascript:} link.
     */
    public static String href(String url) {
        boolean sitePath = url.startsWith("/") && !url.startsWith("//");
        boolean web = url.startsWith("https://") || url.startsWith("http://");
        return escape(sitePath || web ? url : "#");
    }

    /** A query-string value. */
    public static String param(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
