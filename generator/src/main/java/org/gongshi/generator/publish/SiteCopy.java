package org.gongshi.generator.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** A deployed copy of the site, a folder or a web server, asked for files by URL path. */
sealed interface SiteCopy permits DirectoryCopy, HttpCopy {

    /** An {@code http(s)://} base URL or a folder. */
    static SiteCopy open(String location) throws IOException {
        if (HttpCopy.isUrl(location)) {
            return new HttpCopy(location);
        }
        Path dir = Path.of(location);
        if (!Files.isDirectory(dir)) {
            throw new IOException("找不到要核对的网站目录：" + location);
        }
        return new DirectoryCopy(dir);
    }

    /** Where a URL path of this copy is, as a message shows it: a file path or a URL. */
    String name(String path);

    /** The file's bytes; empty when the copy has no such file. Only for manifests, which are small. */
    Optional<byte[]> read(String path) throws IOException;

    /** The SHA-256 of the file as served plainly; empty when the copy has no such file. */
    Optional<String> sha256(String path) throws IOException;

    /**
     * The SHA-256 of what a browser that accepts gzip gets, decompressed; empty when the copy has no compressed
     * twin of the file, because then browsers get the plain file.
     */
    Optional<String> gzipSha256(String path) throws IOException;

    /** Every file outside {@code releases/}; empty when the copy cannot be listed, as over HTTP. */
    Optional<List<String>> list() throws IOException;

    /** The manifest numbers the copy has, in order. */
    List<Integer> releases() throws IOException;
}
