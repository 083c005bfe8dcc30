package org.gongshi.generator.load;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells how a CSV export is encoded from its bytes alone, because offices cannot be asked to configure it: Excel
 * saves "CSV UTF-8" with a byte-order mark, other tools without one, and a Chinese Windows saves plain "CSV" in GBK.
 * GB18030 is tried instead of GBK because it is a superset of it and also covers rare characters in names.
 */
final class TextEncoding {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextEncoding() {
    }

    /** The text, or empty when the bytes are neither UTF-8 nor GB18030 text (UTF-16, a binary file, …). */
    static Optional<String> decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
        if (bom) {
            return strictly(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes, 3, bytes.length - 3));
        }
        // Strict UTF-8 first: GBK text almost never forms valid UTF-8, while UTF-8 text usually decodes as GB18030 mojibake.
        return strictly(StandardCharsets.UTF_8, ByteBuffer.wrap(bytes)).or(() -> strictly(GB18030, ByteBuffer.wrap(bytes)));
    }

    private static Optional<String> strictly(Charset charset, ByteBuffer bytes) {
        try {
            String text = charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes)
                    .toString();
            // NUL is valid in both encodings but never in a spreadsheet export: it marks UTF-16 or a binary file.
            return text.indexOf('\0') < 0 ? Optional.of(text) : Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
