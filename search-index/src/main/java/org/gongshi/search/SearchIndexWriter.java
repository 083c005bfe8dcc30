package org.gongshi.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongshi.search.internal.CjkAnalyzer;
import org.gongshi.search.internal.IndexFields;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes a fresh search index beside the published one, then puts it in place; or, for an incremental build,
 * replaces some projects' documents in the published index in one commit ({@link #update}).
 *
 * <pre>{@code
 * try (SearchIndexWriter writer = SearchIndexWriter.create(staged)) {
 *     writer.add(new SearchDocument(...));
 * }
 * SearchIndexWriter.publish(staged, live, buildId);
 * }</pre>
 */
public final class SearchIndexWriter implements AutoCloseable {

    /** Commit data naming the build that wrote the index, so a build can tell whether the index is its own. */
    private static final String BUILD = "gongshi.build";

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
        return open(dir, IndexWriterConfig.OpenMode.CREATE, true);
    }

    /**
     * Opens the index in {@code dir} for changes that readers see only at {@link #commit}; closing without a
     * commit discards them, so a failed build leaves the index as it was.
     */
    public static SearchIndexWriter update(Path dir) throws IOException {
        return open(dir, IndexWriterConfig.OpenMode.APPEND, false);
    }

    private static SearchIndexWriter open(Path dir, IndexWriterConfig.OpenMode mode, boolean commitOnClose) throws IOException {
        Analyzer analyzer = CjkAnalyzer.perField();
        Directory directory = FSDirectory.open(dir);
        try {
            IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode).setCommitOnClose(commitOnClose);
            return new SearchIndexWriter(analyzer, directory, new IndexWriter(directory, config));
        } catch (IOException | RuntimeException e) {
            directory.close();
            analyzer.close();
            throw e;
        }
    }

    /** The build named at the index's last commit ({@link #commit}); empty when there is no index or no name. */
    public static Optional<String> build(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Directory directory = FSDirectory.open(dir)) {
            if (!DirectoryReader.indexExists(directory)) {
                return Optional.empty();
            }
            return Optional.ofNullable(SegmentInfos.readLatestCommit(directory).getUserData().get(BUILD));
        }
    }

    /** Removes every document of a project, by its code. */
    public void deleteProject(String code) throws IOException {
        writer.deleteDocuments(new Term(IndexFields.CODE, code));
    }

    /** Makes everything added or deleted visible at once, and names the build that did it. */
    public void commit(String build) throws IOException {
        writer.setLiveCommitData(Map.of(BUILD, build).entrySet());
        writer.commit();
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
    public static void publish(Path staged, Path live, String build) throws IOException {
        Files.createDirectories(live);
        try (Directory from = FSDirectory.open(staged);
             Directory to = FSDirectory.open(live);
             // Closing without a commit must discard everything: a failed copy leaves the live index as it was.
             IndexWriter writer = new IndexWriter(to, new IndexWriterConfig(null)
                     .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setCommitOnClose(false))) {
            writer.addIndexes(from);
            writer.setLiveCommitData(Map.of(BUILD, build).entrySet());
            writer.commit();
        }
    }

    /**
     * Closes the index: a created one commits everything added (readers see nothing of this build before); one
     * opened by {@link #update} keeps only what {@link #commit} made visible.
     */
    @Override
    public void close() throws IOException {
        try (directory; analyzer) {
            writer.close(); // commits: IndexWriterConfig's commitOnClose is true by default
        }
    }
}
