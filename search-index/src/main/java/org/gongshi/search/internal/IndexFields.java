package org.gongshi.search.internal;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.gongshi.search.Facet;
import org.gongshi.search.SearchDocument;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The index schema: which Lucene field holds what, and why it has the type it has. */
public final class IndexFields {

    public static final String ID = "id";
    public static final String URL = "url";
    public static final String TYPE = "type";
    public static final String CODE = "code";
    public static final String KEY = "key";
    public static final String INITIALS = "initials";
    public static final String TITLE = "title";
    public static final String TITLE_CHARS = "title.char";
    public static final String BODY = "body";
    public static final String BODY_CHARS = "body.char";
    /** Every page is filterable by its type, so the "type" facet needs nothing from the caller. */
    public static final String TYPE_FACET = "type";
    private static final String FACET_PREFIX = "facet.";

    /**
     * Stored with offsets in the postings: the highlighter then finds matches without re-analysing the
     * text, and single characters mark every match whatever the query's terms were.
     */
    private static final FieldType SNIPPET_TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        SNIPPET_TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        SNIPPET_TEXT.freeze();
    }

    /**
     * Facet dimensions are whatever the documents bring; every one may hold several values per page.
     * Sorted-set doc values need no side taxonomy index, so an index stays one directory to swap.
     */
    public static final FacetsConfig FACETS = new FacetsConfig() {
        @Override
        protected DimConfig getDefaultDimConfig() {
            DimConfig config = new DimConfig();
            config.multiValued = true;
            return config;
        }
    };

    private IndexFields() {
    }

    public static Document toLucene(SearchDocument doc) throws IOException {
        Document d = new Document();
        // Keyword, stored: the unique key that updateDocument replaces by, and returned with each hit.
        d.add(new StringField(ID, doc.id(), Field.Store.YES));
        // Only shown, never searched.
        d.add(new StoredField(URL, doc.url()));
        d.add(new StoredField(TYPE, doc.type()));
        // Keyword, stored: an incremental build replaces a project's documents by its code.
        d.add(new StringField(CODE, doc.code(), Field.Store.YES));
        // Keywords over normalized whole values: a project's code, 文号 or full name typed from a signboard
        // must rank it first, which phrase scores alone do not guarantee ("…工程" against "…工程二期").
        for (String key : keys(doc)) {
            d.add(new StringField(KEY, key, Field.Store.NO));
        }
        for (String initials : PinyinInitials.of(doc.names())) {
            d.add(new StringField(INITIALS, initials, Field.Store.NO));
        }
        // Text, stored: bigrams are what people search; the stored value is shown as the hit's title.
        d.add(new TextField(TITLE, doc.title(), Field.Store.YES));
        // Single characters, only for one-character queries: a lone character is never a bigram.
        d.add(new TextField(TITLE_CHARS, doc.title(), Field.Store.NO));
        d.add(new TextField(BODY, doc.body(), Field.Store.NO));
        d.add(new Field(BODY_CHARS, doc.body(), SNIPPET_TEXT));
        List<Facet> facets = new ArrayList<>();
        facets.add(new Facet(TYPE_FACET, doc.type()));
        facets.addAll(doc.facets());
        for (Facet facet : facets) {
            if (facet.value().isBlank()) {
                continue;
            }
            d.add(new SortedSetDocValuesFacetField(facet.dim(), facet.value()));
            if (!facet.dim().equals(TYPE_FACET)) {
                d.add(new StoredField(FACET_PREFIX + facet.dim(), facet.value()));
            }
        }
        return FACETS.build(d);
    }

    private static Set<String> keys(SearchDocument doc) {
        Set<String> keys = new LinkedHashSet<>();
        keys.add(Keys.of(doc.code()));
        keys.add(Keys.of(doc.title()));
        doc.keys().forEach(key -> keys.add(Keys.of(key)));
        keys.remove("");
        return keys;
    }

    /** Stored facets in the order they were added. */
    public static List<Facet> facets(Document d) {
        List<Facet> facets = new ArrayList<>();
        for (IndexableField field : d.getFields()) {
            if (field.name().startsWith(FACET_PREFIX)) {
                facets.add(new Facet(field.name().substring(FACET_PREFIX.length()), field.stringValue()));
            }
        }
        return facets;
    }

    /** A stored value, "" when absent (an index written by an older build), never null. */
    public static String stored(Document d, String field) {
        String value = d.get(field);
        return value == null ? "" : value;
    }
}
