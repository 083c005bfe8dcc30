package org.gongshi.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.gongshi.search.Snippet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lucene's UnifiedHighlighter, reading match offsets from the postings of the single-character body
 * field, with a formatter that cuts about {@value #LENGTH} characters around the first match.
 */
public final class SnippetHighlighter extends UnifiedHighlighter {

    static final int LENGTH = 120;
    /** Context kept before the first match, so a reader sees what the match is part of. */
    static final int LEAD = 30;
    private static final String ELLIPSIS = "…";

    public SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        // The whole body is one passage: bodies are short, and the window is cut by the formatter below.
        super(new Builder(searcher, analyzer)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new WindowFormatter())
                .withMaxNoHighlightPassages(1)
                .withWeightMatches(true));
    }

    /** One snippet per document, in the order of {@code docIds}; the start of the body where nothing matched. */
    public Snippet[] snippets(Optional<Query> highlight, int[] docIds) throws IOException {
        Object[] formatted = highlightFieldsAsObjects(new String[] {IndexFields.BODY_CHARS},
                highlight.orElseGet(MatchNoDocsQuery::new), docIds, new int[] {1}).get(IndexFields.BODY_CHARS);
        Snippet[] snippets = new Snippet[docIds.length];
        for (int i = 0; i < snippets.length; i++) {
            snippets[i] = formatted[i] instanceof Snippet s ? s : new Snippet(List.of());
        }
        return snippets;
    }

    private static final class WindowFormatter extends PassageFormatter {

        @Override
        public Object format(Passage[] passages, String content) {
            List<int[]> matches = new ArrayList<>();
            for (Passage passage : passages) {
                for (int i = 0; i < passage.getNumMatches(); i++) {
                    matches.add(new int[] {passage.getMatchStarts()[i], passage.getMatchEnds()[i]});
                }
            }
            matches.sort((a, b) -> Integer.compare(a[0], b[0]));
            int first = matches.isEmpty() ? 0 : matches.get(0)[0];
            int start = whole(content, Math.max(0, Math.min(first - LEAD, content.length() - LENGTH)));
            int end = whole(content, Math.min(content.length(), start + LENGTH));
            List<Snippet.Part> parts = new ArrayList<>();
            if (start > 0) {
                parts.add(new Snippet.Part(ELLIPSIS, false));
            }
            int at = start;
            for (int[] match : matches) {
                int from = Math.max(at, match[0]);
                int to = Math.min(end, match[1]);
                if (from >= to) {
                    continue;
                }
                add(parts, content.substring(at, from), false);
                add(parts, content.substring(from, to), true);
                at = to;
            }
            add(parts, content.substring(at, end), false);
            if (end < content.length()) {
                parts.add(new Snippet.Part(ELLIPSIS, false));
            }
            return new Snippet(parts);
        }

        /** Adjacent matches ("清淤" then "河道") are marked as one. */
        private static void add(List<Snippet.Part> parts, String text, boolean match) {
            if (text.isEmpty()) {
                return;
            }
            String collapsed = text.replaceAll("\\p{javaWhitespace}+", " ");
            int last = parts.size() - 1;
            if (match && last >= 0 && parts.get(last).match()) {
                parts.set(last, new Snippet.Part(parts.get(last).text() + collapsed, true));
            } else {
                parts.add(new Snippet.Part(collapsed, match));
            }
        }

        /** Never cuts a surrogate pair in two. */
        private static int whole(String text, int index) {
            return index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
        }
    }
}
