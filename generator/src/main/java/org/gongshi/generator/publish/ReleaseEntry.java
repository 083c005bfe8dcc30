package org.gongshi.generator.publish;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.gongshi.generator.model.Public;

/**
 * One release as {@code /releases/index.json} and the {@code /releases/} page list it. {@code sha256} is that of
 * the manifest file's bytes; {@code beijingTime} is the publication time as the page shows it.
 */
@Public
public record ReleaseEntry(int release, Instant published, String beijingTime, String sha256, int fileCount, String url) {

    /** Manifests record UTC; the offices and their readers are in China. */
    private static final DateTimeFormatter BEIJING_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    static ReleaseEntry of(Manifest manifest, String sha256) {
        return new ReleaseEntry(manifest.release(), manifest.published(), BEIJING_TIME.format(manifest.published()),
                sha256, manifest.fileCount(), Releases.url(manifest.release()));
    }

    String toJson() {
        return "{\"release\": " + release + ", \"published\": " + JsonText.quote(published.toString())
                + ", \"sha256\": " + JsonText.quote(sha256) + ", \"fileCount\": " + fileCount
                + ", \"url\": " + JsonText.quote(url) + "}";
    }
}
