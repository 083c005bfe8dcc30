package org.gongshi.generator.sample;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Times {@link SampleContent#write} on a large tree; not a unit test, because it writes about 200 MB.
 * Run after {@code mvn -pl generator -am test-compile}:
 * <pre>
 * mvn -q -pl generator dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp generator/target/classes:generator/target/test-classes:$(cat /tmp/cp.txt) \
 *      org.gongshi.generator.sample.SampleContentBenchmark /tmp/sample-bench 10000 3
 * </pre>
 * Each round writes into {@code DIR/round-N}, which must not hold projects yet. The first round includes
 * JIT warm-up, as a CLI run does.
 */
public final class SampleContentBenchmark {

    private SampleContentBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SampleContentBenchmark DIR PROJECTS [ROUNDS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        int projects = Integer.parseInt(args[1]);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            SampleContent.Summary summary = SampleContent.write(dir.resolve("round-" + round), projects, 42);
            System.out.printf("round %d: %d projects, %d workers, %d wage lines in %.2f s%n", round,
                    summary.projects(), summary.workers(), summary.wageLines(), (System.nanoTime() - start) / 1e9);
        }
    }
}
