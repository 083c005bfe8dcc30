package org.gongshi.generator.incremental;

import java.util.List;

/** One project folder's files and the SHA-256 over their names and bytes. */
public record ProjectInputs(String sha256, List<FileStamp> files) {

    public ProjectInputs {
        files = List.copyOf(files);
    }
}
