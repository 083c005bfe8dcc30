package org.gongshi.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects every problem in the content tree so the user sees them all at once, not one per run.
 * Thread-safe, because projects are loaded in parallel.
 */
public final class Problems {

    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

    public void add(Path file, int line, String field, String message) {
        problems.add(new Problem(file, line, field, message));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public int size() {
        return problems.size();
    }

    /** Sorted by file and line, so output is stable between runs. */
    public List<Problem> sorted() {
        synchronized (problems) {
            return problems.stream().sorted().toList();
        }
    }
}
