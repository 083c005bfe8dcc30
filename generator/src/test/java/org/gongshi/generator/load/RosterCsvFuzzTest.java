package org.gongshi.generator.load;

import java.io.IOException;
import java.nio.file.Path;

/** Any roster.csv gives its workers or problems. */
class RosterCsvFuzzTest extends LoaderFuzzTest {

    @Override
    void load(Path dir, byte[] bytes) throws IOException {
        read(dir.resolve("roster.csv"), bytes, RosterReader::read).ifPresent(roster -> assertLinesWithin(bytes, roster.lines()));
    }
}
