package org.gongshi.generator.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Verifiable releases: each build that changes the site adds {@code /releases/N.json}, listing every file with its
 * SHA-256 and linked to the manifest before, so anyone can later check that a copy on a web server is what was
 * built ({@link SiteVerifier}). The earlier manifests travel with the site from build to build.
 */
public final class Releases {

    /** The site folder holding the manifests, {@code index.json} and the {@code /releases/} page. */
    public static final String FOLDER = "releases";

    private Releases() {
    }

    /**
     * Called once every page is in the staging site and before it is swapped in. Carries the published
     * manifests forward, checks their chain, and adds a release when the files differ from the latest one.
     *
     * @throws IOException when a published manifest was altered or lost; the message names it, and the build
     *                     must then publish nothing
     */
    public static ReleaseLog record(Path stagingSite, Optional<Path> publishedSite, Instant now) throws IOException {
        return record(stagingSite, publishedSite, now, Set.of());
    }

    /**
     * As {@link #record(Path, Optional, Instant)}, for a staging site whose {@code carried} files (URL paths) are the
     * published release's own, unchanged: their sums are taken from its manifest rather than computed again.
     */
    public static ReleaseLog record(Path stagingSite, Optional<Path> publishedSite, Instant now, Set<String> carried)
            throws IOException {
        Path releases = Files.createDirectories(stagingSite.resolve(FOLDER));
        ReleaseChain chain = publishedSite.isPresent() ? read(publishedSite.get()) : ReleaseChain.EMPTY;
        if (!chain.problems().isEmpty()) {
            throw new IOException("发布记录被改动过或不完整，本次生成不发布：\n" + String.join("\n", chain.problems()));
        }
        for (ReleaseEntry earlier : chain.entries()) {
            String name = earlier.release() + ".json";
            Files.copy(publishedSite.get().resolve(FOLDER).resolve(name), releases.resolve(name));
        }
        Map<String, ManifestFile> known = new HashMap<>();
        chain.latest().ifPresent(m -> m.files().stream().filter(f -> carried.contains(f.path())).forEach(f -> known.put(f.path(), f)));
        List<ManifestFile> files = SiteFiles.hash(stagingSite, known);
        List<ReleaseEntry> entries = new ArrayList<>(chain.entries());
        boolean unchanged = chain.latest().filter(m -> m.files().equals(files)).isPresent();
        if (!unchanged) {
            Optional<Manifest.Previous> previous = chain.entries().isEmpty() ? Optional.empty()
                    : Optional.of(link(chain.entries().get(chain.entries().size() - 1)));
            // Whole seconds: the manifest is read by people, and sub-second digits would only differ between runs.
            Manifest manifest = new Manifest(entries.size() + 1, now.truncatedTo(ChronoUnit.SECONDS), previous, files);
            byte[] json = manifest.toJson();
            Files.write(releases.resolve(manifest.release() + ".json"), json);
            entries.add(ReleaseEntry.of(manifest, Sha256.of(json)));
        }
        List<ReleaseEntry> newestFirst = new ArrayList<>(entries);
        Collections.reverse(newestFirst);
        Files.writeString(releases.resolve("index.json"), index(newestFirst), StandardCharsets.UTF_8);
        return new ReleaseLog(newestFirst, !unchanged);
    }

    /** The release history of a site folder, every link checked; no history is an empty chain, not an error. */
    public static ReleaseChain read(Path siteDir) throws IOException {
        return ReleaseChain.read(new DirectoryCopy(siteDir));
    }

    static String url(int release) {
        return "/" + FOLDER + "/" + release + ".json";
    }

    private static Manifest.Previous link(ReleaseEntry entry) {
        return new Manifest.Previous(entry.release(), entry.sha256());
    }

    private static String index(List<ReleaseEntry> newestFirst) {
        return newestFirst.stream().map(e -> "  " + e.toJson())
                .collect(Collectors.joining(",\n", newestFirst.isEmpty() ? "[" : "[\n", newestFirst.isEmpty() ? "]\n" : "\n]\n"));
    }
}
