package org.gongshi.generator.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the UTF-8 text files (JSON, Markdown) the way Notepad on Windows writes them: with or without a byte-order
 * mark. Rosters and ledgers may be GBK too; {@link TextEncoding} tells those apart.
 */
final class TextFiles {

    private TextFiles() {
    }

    static String read(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
