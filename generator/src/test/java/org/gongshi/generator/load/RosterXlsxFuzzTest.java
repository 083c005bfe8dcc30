package org.gongshi.generator.load;

import java.io.IOException;
import java.nio.file.Path;

/** Any roster.xlsx — a zip of XML, so most fuzzed files are broken workbooks — gives its workers or problems. */
class RosterXlsxFuzzTest extends LoaderFuzzTest {

    /** Problems in a workbook cite its row numbers, which Excel ends at 1,048,576. */
    private static final int EXCEL_ROWS = 1_048_576;

    @Override
    void load(Path dir, byte[] bytes) throws IOException {
        read(dir.resolve("roster.xlsx"), bytes, RosterReader::read, EXCEL_ROWS);
    }
}
