package org.gongshi.generator.load;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where each value of a JSON file came from: JSON pointer ("/construction/start") → line number. Lets later
 * stages report {@code path:line} for a field without the record model carrying positions.
 */
public record SourceLines(Path file, Map<String, Integer> lines) {

    public SourceLines {
        lines = Map.copyOf(lines);
    }

    /** The line of the pointer, or of its nearest parent that has one, or 1. */
    public int line(String pointer) {
        String p = pointer;
        while (!p.isEmpty()) {
            Integer line = lines.get(p);
            if (line != null) {
                return line;
            }
            p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
        }
        return 1;
    }
}
