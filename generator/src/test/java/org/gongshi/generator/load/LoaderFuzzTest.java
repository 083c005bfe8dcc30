package org.gongshi.generator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import org.gongshi.generator.Problem;
import org.gongshi.generator.Problems;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every content loader owes an office, whatever bytes its file holds: it returns, with what it read or
 * with problems a person can act on, each naming the file read and a line in it and saying in Chinese what
 * is wrong. Any exception instead is a finding.
 *
 * <p>A loader's fuzz target is a subclass that gives the fuzzed bytes to its loader through {@link #read};
 * Jazzer fuzzes one target per JVM, so each target is a class of its own, with its seeds in
 * {@code <Subclass>Inputs/anyFileGivesWhatItHoldsOrProblems/}.
 */
abstract class LoaderFuzzTest {

    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

    @TempDir
    static Path dir;

    /** Loads {@code bytes} as the file (or files) the loader reads from {@code dir}, checking each result. */
    abstract void load(Path dir, byte[] bytes) throws IOException;

    @FuzzTest
    void anyFileGivesWhatItHoldsOrProblems(byte[] bytes) throws IOException {
        load(dir, bytes);
    }

    /** Writes {@code bytes} to {@code file}, reads it back with {@code reader} and checks every problem. */
    static <T> Optional<T> read(Path file, byte[] bytes, BiFunction<Path, Problems, Optional<T>> reader)
            throws IOException {
        return read(file, bytes, reader, lineCount(bytes) + 1);
    }

    /** As {@link #read(Path, byte[], BiFunction)}, for a file whose problems cite lines up to {@code lastLine}. */
    static <T> Optional<T> read(Path file, byte[] bytes, BiFunction<Path, Problems, Optional<T>> reader, int lastLine)
            throws IOException {
        Files.write(file, bytes);
        Problems problems = new Problems();
        Optional<T> value = reader.apply(file, problems);
        assertTrue(value.isPresent() || !problems.isEmpty(), () -> file + ": nothing read and no problem reported");
        for (Problem problem : problems.sorted()) {
            assertEquals(file, problem.file(), problem::toString);
            assertTrue(problem.line() >= 1 && problem.line() <= lastLine, () -> "line beyond " + lastLine + ": " + problem);
            assertTrue(CHINESE.matcher(problem.message()).find(), () -> "not a message in Chinese: " + problem);
        }
        return value;
    }

    /** The lines a loader cites for its rows, which must be lines of the file. */
    static void assertLinesWithin(byte[] bytes, List<Integer> lines) {
        int lastLine = lineCount(bytes) + 1;
        for (int line : lines) {
            assertTrue(line >= 1 && line <= lastLine, () -> "row line " + line + " beyond " + lastLine);
        }
    }

    /** Lines as the CSV and JSON parsers count them: LF, CR LF and a lone CR each end one. */
    static int lineCount(byte[] bytes) {
        int lines = 1;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                lines++;
            }
        }
        return lines;
    }
}
