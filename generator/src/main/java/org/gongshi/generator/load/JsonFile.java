package org.gongshi.generator.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gongshi.generator.Problems;

/** A parsed JSON file together with the line of every value in it. */
record JsonFile(JsonNode root, SourceLines lines) {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Parses the file; on malformed JSON records the problem with its line and returns empty. */
    static Optional<JsonFile> read(Path file, Problems problems) {
        String text;
        try {
            text = TextFiles.read(file);
        } catch (IOException e) {
            problems.add(file, 1, "", "无法读取文件：" + e.getMessage());
            return Optional.empty();
        }
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonNode root = MAPPER.readTree(parser);
            if (root == null || !root.isObject()) {
                problems.add(file, 1, "", "文件内容应是一个 JSON 对象 { … }");
                return Optional.empty();
            }
            // readTree stops at the object's closing brace; whatever follows would be silently lost.
            if (parser.nextToken() != null) {
                problems.add(file, parser.currentTokenLocation().getLineNr(), "",
                        "JSON 格式错误：对象的右括号 } 之后还有内容，一个文件只能有一个 { … }");
                return Optional.empty();
            }
            return Optional.of(new JsonFile(root, new SourceLines(file, lines(text))));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            problems.add(file, line, "", "JSON 格式错误：" + e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            // Only JsonProcessingException can come out of parsing a string; close() merely declares IOException.
            throw new UncheckedIOException(e);
        }
    }

    /** A second, streaming pass: Jackson's tree keeps no positions, the parser's context knows each pointer. */
    private static Map<String, Integer> lines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME) {
                    continue;
                }
                String pointer = parser.getParsingContext().pathAsPointer().toString();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    pointer = parser.getParsingContext().getParent() == null
                            ? "" : parser.getParsingContext().getParent().pathAsPointer().toString();
                }
                lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
            }
        } catch (IOException e) {
            // The text already parsed once, and a string cannot fail to read.
            throw new UncheckedIOException(e);
        }
        return lines;
    }
}
