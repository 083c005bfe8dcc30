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
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns user input into a Lucene query: every term must match (AND), each term as a phrase over its
 * analyzed tokens in title or body, exactly as a key (code, 文号, town, village), or as pinyin initials.
 * Never a QueryParser: user input is never syntax.
 */
public final class QueryFactory {

    /** A phrase in the title says more about a page than the same phrase somewhere in its body. */
    private static final float TITLE_BOOST = 3f;
    /** An exact code, 文号 or full name is what a signboard shows; that page must come first. */
    private static final float EXACT_BOOST = 50f;
    /** "dcc" typed for 东陈村: as telling as the name itself, but a few letters can be many names' initials. */
    private static final float INITIALS_BOOST = 10f;
    private static final float INITIALS_PREFIX_BOOST = 2f;
    private static final Pattern LATIN_LETTERS = Pattern.compile("[a-z]{2,}");

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
        // Either every term matches or the whole input is a page's key: a 文号 like 青发改振兴〔2023〕1号 is three
        // terms, and a wage page has it as a key but not in its text. A page that is both ranks highest.
        return Optional.of(new BooleanQuery.Builder()
                .add(all.build(), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(IndexFields.KEY, Keys.of(userQuery))), EXACT_BOOST),
                        Occur.SHOULD)
                .build());
    }

    /**
     * What the snippet marks: every term as a phrase of single characters in the body, so a match is
     * marked whole and one-character terms are marked too. Empty when nothing is searchable.
     */
    public Optional<Query> highlight(String userQuery) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        boolean some = false;
        for (String term : QueryTerms.split(userQuery)) {
            List<Token> tokens = analyze(IndexFields.BODY_CHARS, term);
            if (!tokens.isEmpty()) {
                any.add(phrase(IndexFields.BODY_CHARS, tokens), Occur.SHOULD);
                some = true;
            }
        }
        return some ? Optional.of(any.build()) : Optional.empty();
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
        String key = Keys.of(term);
        BooleanQuery.Builder anyField = new BooleanQuery.Builder()
                .add(new BoostQuery(phrase(title, tokens), TITLE_BOOST), Occur.SHOULD)
                .add(phrase(body, tokens), Occur.SHOULD)
                .add(new BoostQuery(new TermQuery(new Term(IndexFields.KEY, key)), EXACT_BOOST), Occur.SHOULD);
        if (LATIN_LETTERS.matcher(key).matches()) {
            anyField.add(new BoostQuery(new TermQuery(new Term(IndexFields.INITIALS, key)), INITIALS_BOOST), Occur.SHOULD)
                    .add(new BoostQuery(new PrefixQuery(new Term(IndexFields.INITIALS, key)), INITIALS_PREFIX_BOOST),
                            Occur.SHOULD);
        }
        return Optional.of(anyField.build());
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
