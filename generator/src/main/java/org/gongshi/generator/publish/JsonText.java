package org.gongshi.generator.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Release files are written by hand, one file entry per line, so two manifests diff line by line and the same
 * release always has the same bytes (its hash is what the next release links to); Jackson only quotes strings.
 */
final class JsonText {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private JsonText() {
    }

    static String quote(String text) {
        try {
            return MAPPER.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            // Writing a plain string cannot fail.
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a release file; {@code name} says which one when it is not JSON. */
    static JsonNode parse(byte[] json, String name) throws IOException {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IOException(name + " 不是有效的 JSON：" + e.getOriginalMessage(), e);
        }
    }
}
