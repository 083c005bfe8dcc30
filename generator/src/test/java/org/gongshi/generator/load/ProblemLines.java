package org.gongshi.generator.load;

import java.util.List;
import org.gongshi.generator.Problems;

/** Problems as the CLI prints them, but with the file's name alone, so expectations do not depend on the temporary folder. */
final class ProblemLines {

    private ProblemLines() {
    }

    static List<String> of(Problems problems) {
        return problems.sorted().stream()
                .map(p -> p.file().getFileName() + ":" + p.line() + ": " + p.field() + ": " + p.message())
                .toList();
    }
}
