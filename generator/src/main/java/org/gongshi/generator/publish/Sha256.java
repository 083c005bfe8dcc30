package org.gongshi.generator.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 in lower-case hex, the form manifests print and people compare by eye. */
final class Sha256 {

    private Sha256() {
    }

    static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    static ManifestFile ofFile(Path file, String urlPath) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return of(in, urlPath);
        }
    }

    /** Hashes a stream as it goes by: a data download can be far larger than a page. */
    static ManifestFile of(InputStream in, String urlPath) throws IOException {
        MessageDigest digest = digest();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            digest.update(buffer, 0, n);
            size += n;
        }
        return new ManifestFile(urlPath, HexFormat.of().formatHex(digest.digest()), size);
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform is required to provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
