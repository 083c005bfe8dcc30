package org.gongshi.search.internal;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.gongshi.search.SearchDocument;

import java.util.LinkedHashMap;
import java.util.Map;

/** The index schema: which Lucene field holds what, and why it has the type it has. */
public final class IndexFields {

    public static final String ID = "id";
    public static final String URL = "url";
    public static final String TYPE = "type";
    public static final String CODE = "code";
    public static final String CODE_KEY = "code.key";
    public static final String TITLE = "title";
    public static final String TITLE_KEY = "title.key";
    public static final String TITLE_CHARS = "title.char";
    public static final String BODY = "body";
    public static final String BODY_CHARS = "body.char";
    private static final String FACET_PREFIX = "facet.";

    private IndexFields() {
    }

    public static Document toLucene(SearchDocument doc) {
        Document d = new Document();
        // Keyword, stored: the unique key that updateDocument replaces by, and returned with each hit.
        d.add(new StringField(ID, doc.id(), Field.Store.YES));
        // Only shown, never searched.
        d.add(new StoredField(URL, doc.url()));
        d.add(new StoredField(TYPE, doc.type()));
        d.add(new StoredField(CODE, doc.code()));
        // Keyword over the normalized code, so "2023-qh-0012" or fullwidth input matches exactly;
        // an analyzed field would also match "2023-QH-0013" on two of three tokens.
        if (!doc.code().isBlank()) {
            d.add(new StringField(CODE_KEY, Keys.code(doc.code()), Field.Store.NO));
        }
        // Text, stored: bigrams are what people search; the stored value is shown as the hit's title.
        d.add(new TextField(TITLE, doc.title(), Field.Store.YES));
        // Keyword over the normalized whole title: a project's full name must rank it above longer
        // titles that contain that name ("…工程二期"), which phrase scores alone do not guarantee.
        d.add(new StringField(TITLE_KEY, Keys.title(doc.title()), Field.Store.NO));
        // Text, not stored: single characters, only for one-character queries (too common to rank well).
        d.add(new TextField(TITLE_CHARS, doc.title(), Field.Store.NO));
        // Stored so snippets can be cut from it at search time without going back to the site files.
        d.add(new TextField(BODY, doc.body(), Field.Store.YES));
        d.add(new TextField(BODY_CHARS, doc.body(), Field.Store.NO));
        // Stored only, for now: issue 4 adds Lucene facets; until then the values just travel with the hit.
        doc.facets().forEach((name, value) -> d.add(new StoredField(FACET_PREFIX + name, value)));
        return d;
    }

    /** Stored facets in the order they were added. */
    public static Map<String, String> facets(Document d) {
        Map<String, String> facets = new LinkedHashMap<>();
        for (IndexableField field : d.getFields()) {
            if (field.name().startsWith(FACET_PREFIX)) {
                facets.put(field.name().substring(FACET_PREFIX.length()), field.stringValue());
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
