package org.gongshi.generator.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Runs the finder over one output file as its reader would see it. A {@code .gz} twin is decompressed and read as
 * the file it stands for. JSON is read string by string and CSV cell by cell, leaving out JSON numbers and the
 * {@code *_fen} columns: those are amounts the build computed, and a county's total in fen ("15000000000") would
 * otherwise look like a mobile number. Everything else (HTML, XML, SVG, CSS, text) is read whole.
 */
final class OutputText {

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

    private OutputText() {
    }

    /** @param near the two-character names that count in this file ({@link Nearby}) */
    static List<Finding> find(String name, byte[] bytes, PrivateDataFinder finder, Set<String> near) throws IOException {
        if (name.endsWith(".gz")) {
            return find(name.substring(0, name.length() - 3), gunzip(bytes), finder, near);
        }
        if (name.endsWith(".json")) {
            return json(bytes, finder, near);
        }
        if (name.endsWith(".csv")) {
            return csv(bytes, finder, near);
        }
        return finder.find(ScanText.of(new String(bytes, StandardCharsets.UTF_8)), 1, near);
    }

    static byte[] gunzip(byte[] bytes) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }

    private static List<Finding> json(byte[] bytes, PrivateDataFinder finder, Set<String> near) throws IOException {
        List<Finding> found = new ArrayList<>();
        try {
            for (JsonStrings.JsonString string : JsonStrings.of(bytes)) {
                found.addAll(finder.find(ScanText.of(string.text()), string.line(), near));
            }
        } catch (JsonProcessingException e) {
            // Not JSON after all: read it as text rather than let it pass unread.
            return finder.find(ScanText.of(new String(bytes, StandardCharsets.UTF_8)), 1, near);
        }
        return found;
    }

    private static List<Finding> csv(byte[] bytes, PrivateDataFinder finder, Set<String> near) throws IOException {
        List<Finding> found = new ArrayList<>();
        boolean[] computed = null;
        int line = 1;
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(bytes)) {
            while (rows.hasNextValue()) {
                String[] cells = rows.nextValue();
                if (computed == null) {
                    computed = new boolean[cells.length];
                    for (int i = 0; i < cells.length; i++) {
                        computed[i] = cells[i].endsWith("_fen");
                    }
                }
                for (int i = 0; i < cells.length; i++) {
                    if (i >= computed.length || !computed[i] || !cells[i].chars().allMatch(Character::isDigit)) {
                        found.addAll(finder.find(ScanText.of(cells[i]), line, near));
                    }
                }
                line = rows.getParser().currentLocation().getLineNr();
            }
        } catch (RuntimeException | JsonProcessingException e) {
            return finder.find(ScanText.of(new String(bytes, StandardCharsets.UTF_8)), 1, near);
        }
        return found;
    }
}
