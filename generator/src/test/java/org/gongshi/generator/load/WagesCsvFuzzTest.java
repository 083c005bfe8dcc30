package org.gongshi.generator.load;

import java.io.IOException;
import java.nio.file.Path;

/** Any wages.csv gives its payments or problems. */
class WagesCsvFuzzTest extends LoaderFuzzTest {

    @Override
    void load(Path dir, byte[] bytes) throws IOException {
        read(dir.resolve("wages.csv"), bytes, WageReader::read).ifPresent(ledger -> assertLinesWithin(bytes, ledger.lines()));
    }
}
