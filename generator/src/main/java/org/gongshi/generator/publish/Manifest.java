package org.gongshi.generator.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code /releases/N.json}: every file of release N with its hash, linked to release N-1 by the hash of that
 * manifest's exact bytes, so no earlier release can be rewritten without breaking every later link.
 */
public record Manifest(int release, Instant published, Optional<Previous> previous, List<ManifestFile> files) {

    /** The link to the release before: its number and the SHA-256 of its manifest file. */
    public record Previous(int release, String sha256) {
    }

    public Manifest {
        files = List.copyOf(files);
    }

    public int fileCount() {
        return files.size();
    }

    /** The manifest file: the same manifest always gives the same bytes. */
    public byte[] toJson() {
        StringBuilder json = new StringBuilder(128 + files.size() * 140);
        json.append("{\n  \"release\": ").append(release)
                .append(",\n  \"published\": ").append(JsonText.quote(published.toString()))
                .append(",\n  \"previous\": ")
                .append(previous.map(p -> "{\"release\": " + p.release() + ", \"sha256\": " + JsonText.quote(p.sha256()) + "}")
                        .orElse("null"))
                .append(",\n  \"fileCount\": ").append(files.size())
                .append(",\n  \"files\": [");
        for (int i = 0; i < files.size(); i++) {
            ManifestFile f = files.get(i);
            json.append(i == 0 ? "\n    " : ",\n    ")
                    .append("{\"path\": ").append(JsonText.quote(f.path()))
                    .append(", \"sha256\": ").append(JsonText.quote(f.sha256()))
                    .append(", \"bytes\": ").append(f.bytes()).append('}');
        }
        json.append(files.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Reads a manifest file; {@code name} (a path or URL) is what the message names when it is not one. */
    public static Manifest parse(byte[] json, String name) throws IOException {
        JsonNode root = JsonText.parse(json, name);
        try {
            int release = number(root, "release");
            Instant published = Instant.parse(text(root, "published"));
            JsonNode prev = root.path("previous");
            if (!prev.isObject() && !prev.isNull()) {
                throw new IllegalArgumentException("previous 应是上一次发布的链接，或 null");
            }
            Optional<Previous> previous = prev.isNull()
                    ? Optional.empty()
                    : Optional.of(new Previous(number(prev, "release"), text(prev, "sha256")));
            JsonNode list = root.path("files");
            if (!list.isArray()) {
                throw new IllegalArgumentException("缺少文件列表 files");
            }
            List<ManifestFile> files = new ArrayList<>(list.size());
            for (JsonNode f : list) {
                files.add(new ManifestFile(path(f), text(f, "sha256"), size(f)));
            }
            if (number(root, "fileCount") != files.size()) {
                throw new IllegalArgumentException("fileCount 是 " + root.path("fileCount").asInt()
                        + "，文件列表却有 " + files.size() + " 个文件");
            }
            return new Manifest(release, published, previous, files);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IOException(name + " 不是有效的发布清单：" + e.getMessage(), e);
        }
    }

    private static int number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.canConvertToInt()) {
            throw new IllegalArgumentException("缺少整数字段 " + field);
        }
        return value.asInt();
    }

    /** A path that climbs out of the site ("/../x") would make a check read files that are not the site's. */
    private static String path(JsonNode file) {
        String path = text(file, "path");
        boolean plain = path.startsWith("/") && path.indexOf('\\') < 0 && Arrays.stream(path.substring(1).split("/", -1))
                .noneMatch(segment -> segment.isEmpty() || segment.equals(".") || segment.equals(".."));
        if (!plain) {
            throw new IllegalArgumentException("文件路径 " + path + " 不是网站内的路径");
        }
        return path;
    }

    private static long size(JsonNode file) {
        JsonNode value = file.path("bytes");
        if (!value.canConvertToLong() || value.asLong() < 0) {
            throw new IllegalArgumentException("文件 " + file.path("path").asText() + " 缺少字节数 bytes");
        }
        return value.asLong();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("缺少文本字段 " + field);
        }
        return value.asText();
    }
}
