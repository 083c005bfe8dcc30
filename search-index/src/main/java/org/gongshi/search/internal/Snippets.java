package org.gongshi.search.internal;

import java.util.List;

/**
 * Plain-text excerpts around the first match. Plain text, not highlighted HTML, so that every caller
 * escapes it once, the same way as every other value.
 */
public final class Snippets {

    static final int LENGTH = 120;
    /** Context kept before the match, so a reader sees what the match is part of. */
    private static final int LEAD = 30;

    private Snippets() {
    }

    public static String of(String body, List<String> terms) {
        String text = body.strip().replaceAll("\\p{javaWhitespace}+", " ");
        int match = firstMatch(fold(text), terms);
        int start = match < 0 ? 0 : Math.max(0, Math.min(match - LEAD, text.length() - LENGTH));
        int end = Math.min(text.length(), start + LENGTH);
        start = avoidSplitPair(text, start);
        end = avoidSplitPair(text, end);
        return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
    }

    private static int firstMatch(String foldedText, List<String> terms) {
        int first = -1;
        for (String term : terms) {
            int at = foldedText.indexOf(fold(term));
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /**
     * Width and case folding that keeps every char at its index (unlike NFKC or String.toLowerCase),
     * so a position found in the folded text is the same position in the original.
     */
    static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                c = ' ';
            }
            chars[i] = Character.toLowerCase(c);
        }
        return new String(chars);
    }

    private static int avoidSplitPair(String text, int index) {
        return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
    }
}
