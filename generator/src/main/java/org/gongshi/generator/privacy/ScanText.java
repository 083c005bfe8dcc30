package org.gongshi.generator.privacy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * Output text the way a reader sees it, so that a private value cannot slip past the scan in disguise:
 * {@code &#x31;} and {@code &amp;} escapes decoded, {@code %E5%BC%A0} in links decoded, fullwidth digits and
 * compatibility forms folded by NFKC, and invisible format characters (zero-width space, joiners, soft hyphen,
 * byte-order mark) removed. Line breaks are kept, so a finding can be given a line.
 *
 * <p>NFKC is applied to the runs of characters outside ASCII and the CJK unified ideographs, which it leaves as they
 * are: a site's text is mostly those, and normalizing only the rest (fullwidth punctuation and digits, compatibility
 * ideographs, odd spaces) is several times faster on a province's worth of pages.
 */
final class ScanText {

    private static final Pattern PERCENT_RUN = Pattern.compile("(?:%[0-9A-Fa-f]{2})+");

    private ScanText() {
    }

    static String of(String raw) {
        String text = raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw;
        if (text.indexOf('%') >= 0) {
            text = percentDecoded(text);
        }
        return withoutFormatCharacters(nfkc(text));
    }

    private static String nfkc(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && isStable(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, i);
        while (i < n) {
            int from = i;
            while (i < n && !isStable(text.charAt(i))) {
                i++;
            }
            out.append(Normalizer.normalize(text.substring(from, i), Normalizer.Form.NFKC));
            from = i;
            while (i < n && isStable(text.charAt(i))) {
                i++;
            }
            out.append(text, from, i);
        }
        return out.toString();
    }

    /**
     * ASCII and CJK ideographs: NFKC maps neither to anything else. (A combining mark after an ASCII letter is then
     * normalized alone and not composed with it; no digit or name depends on that.)
     */
    private static boolean isStable(char c) {
        return c < 0x80 || (c >= 0x4E00 && c <= 0x9FFF);
    }

    /** Decodes each run of %XX escapes that is valid UTF-8 and leaves everything else (a "15%" stays). */
    private static String percentDecoded(String text) {
        Matcher m = PERCENT_RUN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String run = m.group();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(run.length() / 3);
            for (int i = 0; i < run.length(); i += 3) {
                bytes.write(Integer.parseInt(run, i + 1, i + 3, 16));
            }
            String decoded = new String(bytes.toByteArray(), StandardCharsets.UTF_8);
            m.appendReplacement(out, Matcher.quoteReplacement(decoded.indexOf('\uFFFD') >= 0 ? run : decoded));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String withoutFormatCharacters(String text) {
        int first = firstFormatCharacter(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) != Character.FORMAT) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstFormatCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.getType(text.charAt(i)) == Character.FORMAT) {
                return i;
            }
        }
        return -1;
    }
}
