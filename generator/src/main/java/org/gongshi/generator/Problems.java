package org.gongshi.generator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Collects every problem in the content tree so the user sees them all at once, not one per run.
 * Thread-safe, because projects are loaded in parallel.
 */
public final class Problems {

    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());
    private final Set<String> places = ConcurrentHashMap.newKeySet();
    private final Set<Path> files = ConcurrentHashMap.newKeySet();

    public void add(Path file, int line, String field, String message) {
        problems.add(new Problem(file, line, field, message));
        places.add(file + ":" + line);
        places.add(file + ":" + line + ":" + field);
        files.add(file);
    }

    /** Whether anything in this file was reported. */
    public boolean reportedIn(Path file) {
        return files.contains(file);
    }

    /** Whether something on this line was reported. */
    public boolean reported(Path file, int line) {
        return places.contains(file + ":" + line);
    }

    public boolean reported(Path file, int line, String field) {
        return places.contains(file + ":" + line + ":" + field);
    }

    /** A frozen copy: what was reported up to now, e.g. by the load stage before validation starts. */
    public Problems snapshot() {
        Problems copy = new Problems();
        synchronized (problems) {
            copy.problems.addAll(problems);
        }
        copy.places.addAll(places);
        copy.files.addAll(files);
        return copy;
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
