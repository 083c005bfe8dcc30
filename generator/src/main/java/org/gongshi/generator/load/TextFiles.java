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

    /** The file's bytes without a UTF-8 byte-order mark, for parsers that decode UTF-8 themselves. */
    static byte[] readBytes(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        return bom ? java.util.Arrays.copyOfRange(bytes, 3, bytes.length) : bytes;
    }
}
