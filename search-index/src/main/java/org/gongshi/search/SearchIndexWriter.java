package org.gongshi.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongshi.search.internal.CjkAnalyzer;
import org.gongshi.search.internal.IndexFields;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a fresh search index beside the published one, then puts it in place. The build is the only
 * writer and runs once per release, so there is no incremental mode: every build starts from an empty index.
 *
 * <pre>{@code
 * try (SearchIndexWriter writer = SearchIndexWriter.create(staged)) {
 *     writer.add(new SearchDocument(...));
 * }
 * SearchIndexWriter.publish(staged, live);
 * }</pre>
 */
public final class SearchIndexWriter implements AutoCloseable {

    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;

    private SearchIndexWriter(Analyzer analyzer, Directory directory, IndexWriter writer) {
        this.analyzer = analyzer;
        this.directory = directory;
        this.writer = writer;
    }

    /** Creates an empty index in {@code dir}, replacing any index already there. */
    public static SearchIndexWriter create(Path dir) throws IOException {
        Files.createDirectories(dir);
        Analyzer analyzer = CjkAnalyzer.perField();
        Directory directory = FSDirectory.open(dir);
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE);
            return new SearchIndexWriter(analyzer, directory, new IndexWriter(directory, config));
        } catch (IOException | RuntimeException e) {
            directory.close();
            analyzer.close();
            throw e;
        }
    }

    /** Adds a document, replacing an earlier one with the same id. */
    public void add(SearchDocument doc) throws IOException {
        Objects.requireNonNull(doc, "doc");
        writer.updateDocument(new Term(IndexFields.ID, doc.id()), IndexFields.toLucene(doc));
    }

    /**
     * Replaces the index in {@code live} with the one in {@code staged} in a single Lucene commit. Readers
     * of {@code live} (a running server) go on seeing the old index until they refresh, and then the whole
     * new one, never a mixture; the old files are deleted once no reader holds them. A directory swap
     * would not do: a reader keeps its directory, so it would never see the new one.
     */
    public static void publish(Path staged, Path live) throws IOException {
        Files.createDirectories(live);
        try (Directory from = FSDirectory.open(staged);
             Directory to = FSDirectory.open(live);
             // Closing without a commit must discard everything: a failed copy leaves the live index as it was.
             IndexWriter writer = new IndexWriter(to, new IndexWriterConfig(null)
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setCommitOnClose(false))) {
            writer.addIndexes(from);
            writer.commit();
        }
    }

    /** Commits everything added and closes the index; readers see nothing of this build before. */
    @Override
    public void close() throws IOException {
        try (directory; analyzer) {
            writer.close(); // commits: IndexWriterConfig's commitOnClose is true by default
        }
    }
}
