package org.gongshi.generator.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.gongshi.generator.Problems;
import org.gongshi.generator.load.ContentLoader;
import org.gongshi.generator.load.LoadedContent;
import org.gongshi.generator.validate.ContentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample is only useful if {@code gongshi build} accepts it: load and validate it like real content. */
class SampleContentValidationTest {

    @Test
    void sampleTreePassesTheLoaderAndTheValidator(@TempDir Path out) throws IOException {
        SampleContent.write(out, 200, 5);
        Problems problems = new Problems();
        LoadedContent content = ContentLoader.load(out, problems);
        ContentValidator.validate(content, problems, LocalDate.now());
        assertEquals(200, content.projects().size());
        assertTrue(content.site().sample());
        assertTrue(problems.isEmpty(), problems.sorted().stream().limit(20).map(Object::toString)
                .collect(Collectors.joining("\n")));
    }
}
