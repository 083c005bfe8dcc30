package org.gongshi.generator.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads UTF-8 text the way Excel and Notepad on Windows write it: with or without a byte-order mark. */
final class TextFiles {

    private TextFiles() {
    }

    static String read(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
