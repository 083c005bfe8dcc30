package org.gongshi.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gongshi.generator.model.Money;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The open-data files of the built sample, read with Jackson and held against the pages that show the same records. */
class OpenDataTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final List<String> PERSONAL = List.of("姓名", "身份证", "电话", "银行", "卡号", "masked", "id_number",
            "phone", "card_number", "bank", "roster");

    /** The rows of a built CSV as header → cell maps; fails unless the file starts with a UTF-8 BOM. */
    static List<Map<String, String>> csv(String urlPath) throws IOException {
        byte[] bytes = Files.readAllBytes(BuiltSite.site().resolve(urlPath.substring(1)));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF"), urlPath + " starts with a byte-order mark");
        try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text.substring(1))) {
            return rows.readAll();
        }
    }

    static Document page(String urlPath) throws IOException {
        return Jsoup.parse(BuiltSite.site().resolve(urlPath.substring(1)).resolve("index.html").toFile(), "UTF-8");
    }

    private static List<Integer> years() throws IOException {
        try (Stream<Path> dirs = Files.list(BuiltSite.site().resolve("projects"))) {
            return dirs.map(d -> d.getFileName().toString()).filter(name -> name.matches("\\d{4}"))
                    .map(Integer::parseInt).sorted().toList();
        }
    }

    static String wan(String fen) {
        return new Money(Long.parseLong(fen)).wan();
    }

    private static String fact(Document doc, String label) {
        for (Element row : doc.select("table.facts tr")) {
            if (row.selectFirst("th") != null && row.selectFirst("th").text().equals(label)) {
                return row.selectFirst("td").text();
            }
        }
        throw new AssertionError("no " + label);
    }

    @Test
    void everyProjectRowSaysWhatItsNoticePageShows() throws IOException {
        List<Map<String, String>> rows = csv("/data/projects.csv");
        assertEquals(26, rows.size());
        for (Map<String, String> row : rows) {
            String code = row.get("code");
            Document notice = page(row.get("url"));
            assertEquals("/p/" + code + "/", row.get("url"));
            assertEquals(row.get("name"), notice.selectFirst("h1").text(), code);
            assertEquals(row.get("status"), notice.selectFirst(".status").text(), code);
            assertEquals(wan(row.get("central_funds_fen")) + " 万元", fact(notice, "中央资金"), code);
            assertTrue(fact(notice, "已发放劳务报酬").startsWith(wan(row.get("labor_paid_fen")) + " 万元"), code);
            assertEquals(new BigDecimal(row.get("central_funds_fen")).movePointLeft(2), new BigDecimal(row.get("central_funds_yuan")), code);
            if (row.get("withdrawn").equals("false")) {
                String share = fact(notice, "劳务报酬占比");
                assertTrue(share.startsWith("计划 " + row.get("planned_share_percent") + "%，已发放 " + row.get("paid_share_percent")
                        + "%（不低于 " + row.get("share_floor_percent") + "%）"), code + ": " + share);
                assertEquals(row.get("below_floor").equals("true"), share.contains("低于 " + row.get("share_floor_percent") + "% 的比例要求"), code);
            }
        }
    }

    @Test
    void eachYearsFileHasTheRowsOfItsAnnualListAndTheYearsPartitionTheWhole() throws IOException {
        List<String> all = csv("/data/projects.csv").stream().map(r -> r.get("code")).toList();
        List<String> batches = csv("/data/wage-batches.csv").stream().map(r -> r.get("code") + " " + r.get("period")).toList();
        List<String> joined = new ArrayList<>();
        List<String> joinedBatches = new ArrayList<>();
        for (int year : years()) {
            List<String> codes = csv("/data/" + year + "/projects.csv").stream().map(r -> r.get("code")).toList();
            List<String> listed = page("/projects/" + year + "/").select("table.project-table tbody td.name .muted")
                    .eachText().stream().sorted().toList();
            assertEquals(listed, codes.stream().sorted().toList(), "the " + year + " list");
            codes.forEach(code -> assertTrue(code.startsWith(year + "-"), code));
            joined.addAll(codes);
            csv("/data/" + year + "/wage-batches.csv").forEach(r -> joinedBatches.add(r.get("code") + " " + r.get("period")));
        }
        assertEquals(all, joined);
        assertEquals(batches, joinedBatches);
    }

    @Test
    void theJsonHasTheCsvsRecordsWithNumbersAsNumbers() throws IOException {
        for (String folder : List.of("/data/", "/data/2023/")) {
            List<Map<String, String>> rows = csv(folder + "projects.csv");
            JsonNode json = JSON.readTree(BuiltSite.site().resolve(folder.substring(1) + "projects.json").toFile());
            assertEquals(rows.size(), json.size(), folder);
            for (int i = 0; i < rows.size(); i++) {
                JsonNode object = json.get(i);
                List<String> names = new ArrayList<>();
                object.fieldNames().forEachRemaining(names::add);
                assertEquals(List.copyOf(rows.get(i).keySet()), names, folder);
                for (Map.Entry<String, String> cell : rows.get(i).entrySet()) {
                    JsonNode value = object.get(cell.getKey());
                    if (value.isNumber()) {
                        assertEquals(0, new BigDecimal(cell.getValue()).compareTo(value.decimalValue()), folder + " " + cell.getKey());
                    } else {
                        assertEquals(cell.getValue(), value.isNull() ? "" : value.asText(), folder + " " + cell.getKey());
                    }
                }
                assertTrue(object.get("central_funds_fen").isIntegralNumber());
                assertTrue(object.get("withdrawn").isBoolean());
                assertTrue(object.get("year").isInt());
            }
        }
    }

    @Test
    void wageBatchTotalsEqualEachWagePagesTotalRow() throws IOException {
        Map<String, long[]> byProject = new LinkedHashMap<>();
        for (Map<String, String> row : csv("/data/wage-batches.csv")) {
            long[] sums = byProject.computeIfAbsent(row.get("code"), c -> new long[4]);
            sums[0] += Long.parseLong(row.get("lines"));
            sums[1] += Long.parseLong(row.get("days"));
            sums[2] += Long.parseLong(row.get("due_fen"));
            sums[3] += Long.parseLong(row.get("paid_fen"));
        }
        assertTrue(byProject.size() > 10, "the sample pays wages in most projects");
        for (Map.Entry<String, long[]> project : byProject.entrySet()) {
            long[] s = project.getValue();
            List<String> total = page("/p/" + project.getKey() + "/wages/").selectFirst("table.ledger tfoot tr").children().eachText();
            assertEquals(List.of("合计", String.valueOf(s[0]), String.valueOf(s[1]), new Money(s[2]).yuan(), new Money(s[3]).yuan()),
                    total.subList(0, 5), project.getKey());
        }
    }

    @Test
    void noFileHasAPersonalColumnOrAWorkersName() throws IOException {
        List<String> files = List.of("/data/projects.csv", "/data/projects.json", "/data/wage-batches.csv", "/data/2025/wage-batches.csv");
        for (String file : files.stream().filter(f -> f.endsWith(".csv")).toList()) {
            for (String column : csv(file).get(0).keySet()) {
                for (String personal : PERSONAL) {
                    assertTrue(!column.contains(personal), file + " has " + column);
                }
            }
        }
        List<String> names = new ArrayList<>();
        try (Stream<Path> rosters = Files.walk(BuiltSite.CONTENT.resolve("projects"))) {
            for (Path roster : rosters.filter(f -> f.getFileName().toString().equals("roster.csv")).toList()) {
                Files.readAllLines(roster, StandardCharsets.UTF_8).stream().skip(1).map(l -> l.substring(0, l.indexOf(',')))
                        .forEach(names::add);
            }
        }
        assertTrue(names.size() > 100, "the sample's rosters are read");
        for (String file : files) {
            String text = Files.readString(BuiltSite.site().resolve(file.substring(1)));
            assertTrue(!text.contains("*"), file + " has no masked name either");
            assertTrue(!text.matches("(?s).*\\d{17}[\\dX].*"), file + " has no ID number");
            names.forEach(name -> assertTrue(!text.contains(name), file + " names " + name));
        }
    }

    @Test
    void theDataPageListsEveryFileWithItsRowsAndSizeAndDocumentsEveryColumn() throws IOException {
        Document doc = page("/data/");
        List<Element> files = doc.select("table.data-files tbody tr");
        assertEquals(3 * (1 + years().size()), files.size());
        for (Element file : files) {
            String url = file.selectFirst("a").attr("href");
            Path path = BuiltSite.site().resolve(url.substring(1));
            long bytes = Files.size(path);
            assertTrue(file.child(3).text().startsWith(String.format("%,d 字节", bytes)), url + ": " + file.child(3).text());
            int rows = url.endsWith(".json") ? JSON.readTree(path.toFile()).size() : csv(url).size();
            assertEquals(String.valueOf(rows), file.child(2).text(), url);
        }
        List<String> documented = doc.select("#projects ~ div table.data-columns").first().select("tbody td:first-child").eachText();
        assertEquals(List.copyOf(csv("/data/projects.csv").get(0).keySet()), documented);
        List<String> batchColumns = doc.select("table.data-columns").get(1).select("tbody td:first-child").eachText();
        assertEquals(List.copyOf(csv("/data/wage-batches.csv").get(0).keySet()), batchColumns);
        String units = doc.select("table.data-columns").text();
        assertTrue(units.contains("分") && units.contains("元") && units.contains("ISO 8601"), units);
    }
}
