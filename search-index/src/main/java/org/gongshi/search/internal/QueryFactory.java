package org.gongshi.search.internal;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns user input into a Lucene query: every term must match (AND), each term as a phrase over its
 * analyzed tokens in title or body, or exactly as a code. Never a QueryParser: user input is never syntax.
 */
public final class QueryFactory {

    /** A phrase in the title says more about a page than the same phrase somewhere in its body. */
    private static final float TITLE_BOOST = 3f;
    /** An exact code or full title is what a signboard shows; that page must come first. */
    private static final float EXACT_BOOST = 50f;

    private final Analyzer analyzer;

    public QueryFactory(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** Empty when the input holds nothing searchable (blank, only punctuation). */
    public Optional<Query> build(String userQuery) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        boolean any = false;
        for (String term : QueryTerms.split(userQuery)) {
            Optional<Query> termQuery = termQuery(term);
            if (termQuery.isPresent()) {
                all.add(termQuery.get(), Occur.MUST);
                any = true;
            }
        }
        if (!any) {
            return Optional.empty();
        }
        // Optional: it only lifts the page whose whole title is the query among the pages that match.
        all.add(new BoostQuery(new TermQuery(new Term(IndexFields.TITLE_KEY, Keys.title(userQuery))), EXACT_BOOST),
                Occur.SHOULD);
        return Optional.of(all.build());
    }

    private Optional<Query> termQuery(String term) {
        List<Token> tokens = analyze(IndexFields.TITLE, term);
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        String title = IndexFields.TITLE;
        String body = IndexFields.BODY;
        // A lone CJK character (the whole term, or one beside digits or Latin letters) is not a bigram
        // anywhere in the index, so such terms are matched character by character instead.
        if (tokens.stream().anyMatch(t -> t.type().equals(CJKBigramFilter.SINGLE_TYPE))) {
            title = IndexFields.TITLE_CHARS;
            body = IndexFields.BODY_CHARS;
            tokens = analyze(title, term);
        }
        return Optional.of(new BooleanQuery.Builder()
                .add(new BoostQuery(phrase(title, tokens), TITLE_BOOST), Occur.SHOULD)
                .add(phrase(body, tokens), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(IndexFields.CODE_KEY, Keys.code(term))), EXACT_BOOST),
                        Occur.SHOULD)
                .build());
    }

    private static Query phrase(String field, List<Token> tokens) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (Token token : tokens) {
            phrase.add(new Term(field, token.text()), token.position());
        }
        return phrase.build();
    }

    /** Same analyzer, chosen by field name, as at index time. */
    private List<Token> analyze(String field, String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            TypeAttribute type = stream.addAttribute(TypeAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), position, type.type()));
            }
            stream.end();
        } catch (IOException e) {
            // Analysis reads from a String; an IOException here is a bug, not bad input.
            throw new UncheckedIOException(e);
        }
        return tokens;
    }

    private record Token(String text, int position, String type) {
    }
}
