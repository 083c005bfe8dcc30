package org.gongshi.generator.incremental;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the next build needs to know of this one, kept beside the site it describes in the release folder
 * ({@code build-state.json}), so a release and its state are published by the same rename.
 *
 * @param build    a random name for this build, also written into the search index's commit, so the next build can
 *                 tell that the published index is this build's
 * @param started  when this build started reading its inputs (epoch milliseconds)
 * @param shared   {@link Inputs#shared()}
 * @param projects {@link Inputs#projects()}, by folder name (which validation keeps equal to the project's code)
 * @param authored the site files that JBake wrote (authored pages, assets, their twins), as URL paths
 */
public record BuildState(int version, String build, long started, String shared, SortedMap<String, ProjectInputs> projects,
                         List<String> authored) {

    /** Raised whenever what a build writes, or where, changes in a way an older state does not describe. */
    static final int VERSION = 1;
    public static final String FILE = "build-state.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public BuildState {
        projects = new TreeMap<>(projects);
        authored = List.copyOf(authored);
    }

    public BuildState(String build, long started, Inputs inputs, List<String> authored) {
        this(VERSION, build, started, inputs.shared(), inputs.projects(), authored);
    }

    Optional<ProjectInputs> project(String folder) {
        return Optional.ofNullable(projects.get(folder));
    }

    /** The state beside a published site; empty when there is none, or one this version cannot use. */
    public static Optional<BuildState> read(Path releaseFolder) {
        Path file = releaseFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            BuildState state = JSON.readValue(file.toFile(), BuildState.class);
            return state.version() == VERSION ? Optional.of(state) : Optional.empty();
        } catch (IOException e) {
            // Unreadable state costs one full build, never a wrong site.
            return Optional.empty();
        }
    }

    public void write(Path releaseFolder) throws IOException {
        Files.write(releaseFolder.resolve(FILE), JSON.writeValueAsBytes(this));
    }
}
