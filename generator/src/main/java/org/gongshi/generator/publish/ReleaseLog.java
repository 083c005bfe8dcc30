package org.gongshi.generator.publish;

import java.util.List;
import org.gongshi.generator.model.Public;

/**
 * The page model of {@code /releases/}: every release, newest first, and whether this build made a new one
 * (a rebuild of unchanged content is the same release).
 */
@Public
public record ReleaseLog(List<ReleaseEntry> releases, boolean newRelease) {

    public ReleaseLog {
        releases = List.copyOf(releases);
    }
}
