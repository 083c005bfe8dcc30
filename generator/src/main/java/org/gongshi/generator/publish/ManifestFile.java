package org.gongshi.generator.publish;

/** One published file of a release: its URL path ("/p/2023-QH-0001/index.html"), SHA-256 in hex and size. */
public record ManifestFile(String path, String sha256, long bytes) {
}
