package org.gongshi.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * The site's {@code /style.css}, which the build also inlines into every page it writes: the server's own pages inline
 * the same text, so they show after one request like the static ones, and the Content-Security-Policy allows exactly
 * that text by its hash instead of allowing inline styles at large. Follows {@code OUT/site} from release to release.
 */
final class SiteStylesheet {

    /** The stylesheet's text and its CSP source expression; both empty when the site has none. */
    record Current(String css, String hashSource) {
        static final Current NONE = new Current("", "");
    }

    private record Loaded(Path file, FileTime modified, long size, Current current) {
    }

    private final Path file;
    private volatile Loaded loaded;

    SiteStylesheet(Path siteDir) {
        this.file = siteDir.resolve("style.css");
    }

    /** Re-read when a release (or an edit in a plain folder) changed the file; one path lookup and one stat otherwise. */
    Current current() {
        try {
            Path real = file.toRealPath();
            FileTime modified = Files.getLastModifiedTime(real);
            long size = Files.size(real);
            Loaded seen = loaded;
            if (seen == null || !seen.file().equals(real) || !seen.modified().equals(modified) || seen.size() != size) {
                seen = new Loaded(real, modified, size, read(Files.readString(real)));
                loaded = seen;
            }
            return seen.current();
        } catch (IOException e) {
            // No stylesheet, or one that cannot be read: pages stay plain but working, which beats failing them.
            return Current.NONE;
        }
    }

    static Current read(String css) {
        // The build refuses such a stylesheet; one put there by hand would end the <style> element early.
        if (css.isEmpty() || css.toLowerCase(Locale.ROOT).contains("</style")) {
            return Current.NONE;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
            return new Current(css, "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
