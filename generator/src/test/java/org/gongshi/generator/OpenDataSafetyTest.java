package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The data files of a site built from {@link PayloadSite}: JSON carries every payload exactly, and CSV carries it
 * with an apostrophe before text a spreadsheet would run as a formula, while numbers stay numbers.
 */
class OpenDataSafetyTest {

    private static JsonNode json(String url) throws IOException {
        return ContentTree.JSON.readTree(PayloadSite.site().resolve(url.substring(1)).toFile());
    }

    /** The rows of a CSV the site published, by column name, read as a spreadsheet importer reads them. */
    private static List<Map<String, String>> csv(String url) throws IOException {
        String text = Files.readString(PayloadSite.site().resolve(url.substring(1)), StandardCharsets.UTF_8);
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text.substring(1))) {
            return rows.readAll();
        }
    }

    private static <T> T row(List<T> rows, Predicate<T> which) {
        return rows.stream().filter(which).findFirst().orElseThrow(() -> new AssertionError("no such row in " + rows));
    }

    @Test
    void theProjectRecordCarriesEveryPayloadExactly() throws IOException {
        JsonNode record = json("/p/" + PayloadSite.CODE + "/project.json");

        assertEquals(PayloadSite.NAME, record.get("name").asText());
        assertEquals(PayloadSite.TOWN, record.get("town").asText());
        assertEquals(PayloadSite.VILLAGE, record.get("village").asText());
        assertEquals(PayloadSite.DOCUMENT, record.get("approvalDocument").asText());
        assertEquals(PayloadSite.CONTENT, record.get("content").asText());
        assertEquals(PayloadSite.BENEFIT, record.get("benefit").asText());
        assertEquals(PayloadSite.OWNER, record.get("ownerUnit").asText());
        assertEquals(PayloadSite.BUILDER, record.get("builder").asText());
        assertEquals(PayloadSite.MAINTAINER, record.get("maintainer").asText());
        assertEquals(PayloadSite.HOTLINE, record.get("hotline").asText());
        assertEquals(PayloadSite.RULE, record.get("laborShareFloor").get("rule").asText());
        assertEquals(PayloadSite.HANDOVER, record.get("lifecycle").get(record.get("lifecycle").size() - 1).get("reason").asText());
        assertEquals(PayloadSite.CHANGE, record.get("amendments").get(0).get("change").asText());
        assertEquals(PayloadSite.CHANGE_REASON, record.get("amendments").get(0).get("reason").asText());
    }

    @Test
    void theOpenDataJsonCarriesEveryPayloadExactly() throws IOException {
        JsonNode project = row(StreamSupport.stream(json("/data/projects.json").spliterator(), false).toList(),
                p -> p.get("code").asText().equals(PayloadSite.CODE));

        assertEquals(PayloadSite.NAME, project.get("name").asText());
        assertEquals(PayloadSite.TOWN, project.get("town").asText());
        assertEquals(PayloadSite.OWNER, project.get("owner_unit").asText());
        assertEquals(PayloadSite.MAINTAINER, project.get("maintainer").asText());
        assertEquals(PayloadSite.RULE, project.get("share_floor_rule").asText());
        assertEquals(55_000_000L, project.get("central_funds_fen").asLong());
    }

    @Test
    void theOpenDataCsvPutsAnApostropheBeforeTextThatWouldRunAsAFormula() throws IOException {
        for (String url : List.of("/data/projects.csv", "/data/2023/projects.csv")) {
            Map<String, String> project = row(csv(url), p -> p.get("code").equals(PayloadSite.CODE));

            assertEquals("'" + PayloadSite.NAME, project.get("name"), url);
            assertEquals("'" + PayloadSite.OWNER, project.get("owner_unit"), url);
            assertEquals("'" + PayloadSite.BUILDER, project.get("builder"), url);
            assertEquals("'" + PayloadSite.MAINTAINER, project.get("maintainer"), url);
            assertEquals(PayloadSite.TOWN, project.get("town"), url);
            assertEquals(PayloadSite.VILLAGE, project.get("village"), url);
            assertEquals(PayloadSite.DOCUMENT, project.get("approval_document"), url);
            assertEquals("55000000", project.get("central_funds_fen"), url);
        }
        Map<String, String> batch = row(csv("/data/wage-batches.csv"), b -> b.get("code").equals(PayloadSite.CODE));
        assertEquals("'" + PayloadSite.NAME, batch.get("name"));
    }

    @Test
    void aStatisticsCsvDefusesTheNameWhileItsPageShowsItAsWritten() throws IOException {
        Map<String, String> share = row(csv("/stats/labor-share.csv"), p -> p.get("code").equals(PayloadSite.CODE));
        assertEquals("'" + PayloadSite.NAME, share.get("name"));
        assertTrue(Double.parseDouble(share.get("share_percent")) > 0, share.toString());

        Document stats = Jsoup.parse(PayloadSite.site().resolve("stats/index.html").toFile(), "UTF-8");
        assertTrue(stats.select("#labor-share td").eachText().contains(PayloadSite.NAME));
        Map<String, String> town = row(csv("/stats/by-town.csv"), t -> t.containsValue(PayloadSite.TOWN));
        assertTrue(town.values().stream().noneMatch(v -> v.startsWith("'")), town.toString());
    }

    @Test
    void theDataPageSaysWhyTextMayStartWithAnApostrophe() throws IOException {
        Element note = Jsoup.parse(PayloadSite.site().resolve("data/index.html").toFile(), "UTF-8")
                .selectFirst("#csv-formulas");
        assertEquals("为防止表格软件把文字当作公式运行，CSV 文件中以 =、+、-、@ 开头的文字前面加了一个英文单引号（'），数字和 JSON 文件不受影响。",
                note.text());
    }
}
