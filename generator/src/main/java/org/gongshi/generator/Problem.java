package org.gongshi.generator;

import java.nio.file.Path;

/** One thing wrong with the content, printed as {@code path:line: field: message}. */
public record Problem(Path file, int line, String field, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return file + ":" + line + ": " + (field.isEmpty() ? "" : field + ": ") + message;
    }

    @Override
    public int compareTo(Problem other) {
        int byFile = file.toString().compareTo(other.file.toString());
        return byFile != 0 ? byFile : Integer.compare(line, other.line);
    }
}
