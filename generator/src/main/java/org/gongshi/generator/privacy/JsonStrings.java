package org.gongshi.generator.privacy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of a JSON document as a reader sees it: its strings, field names included, each with its line and field
 * ("amendments.0.reason"). Numbers are left out: in gongshi's files they are amounts and counts the build computed.
 */
final class JsonStrings {

    private static final JsonFactory JSON = new JsonFactory();

    record JsonString(String text, int line, String field) {
    }

    private JsonStrings() {
    }

    /** @throws com.fasterxml.jackson.core.JsonProcessingException when the bytes are not JSON */
    static List<JsonString> of(byte[] bytes) throws IOException {
        List<JsonString> strings = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
                    String field = parser.getParsingContext().pathAsPointer().toString().replaceFirst("^/", "").replace('/', '.');
                    strings.add(new JsonString(parser.getText(), parser.currentTokenLocation().getLineNr(), field));
                }
            }
        }
        return strings;
    }
}
