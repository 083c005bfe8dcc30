package org.gongshi.generator.privacy;

import java.nio.file.Path;

/** A field of an input file: where a private value was read from, or the public field that carried it. */
record Place(Path file, int line, String field) {

    /** "projects/2023-QH-0012/roster.csv 第 5 行". */
    String describe() {
        return file + " 第 " + line + " 行";
    }
}
