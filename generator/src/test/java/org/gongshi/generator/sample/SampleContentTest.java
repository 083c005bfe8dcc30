package org.gongshi.generator.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleContentTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> AREAS = List.of("农村公益性基础设施", "产业发展配套基础设施", "城市绿化环卫", "重点项目配套");
    private static final List<String> SUB_TYPES = List.of("生活", "交通", "水利", "农牧", "文旅", "绿化", "环卫", "土方地基", "小型附属工程");
    private static final List<String> MODES = List.of("劳务报酬", "以工代训", "集中培训", "通用语言培训", "公益性岗位", "资产折股量化分红");
    private static final List<String> STATUSES = List.of("储备", "计划", "在建", "完工", "管护", "撤销");
    private static final List<String> GROUPS = List.of("脱贫人口", "监测对象", "低收入人口", "其他");
    private static final String ROSTER_HEADER = "姓名,身份证号,村组,联系电话,开户银行,银行卡号,人员类别,工种";
    private static final String WAGES_HEADER = "姓名,身份证号,发放期间,务工天数,应发金额,实发金额,发放日期,打卡发放,本人确认";

    @TempDir
    static Path trees;
    static Path small;
    static SampleContent.Summary smallSummary;
    static Path larger;

    @BeforeAll
    static void writeTrees() throws IOException {
        small = trees.resolve("small");
        smallSummary = SampleContent.write(small, 24, 7);
        larger = trees.resolve("larger");
        SampleContent.write(larger, 300, 11);
    }

    @Test
    void sameProjectCountAndSeedWriteByteIdenticalFiles(@TempDir Path again) throws IOException {
        SampleContent.Summary summary = SampleContent.write(again, 24, 7);
        assertEquals(smallSummary, summary);
        List<Path> files = files(small);
        assertEquals(files, files(again));
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(small.resolve(file)), Files.readAllBytes(again.resolve(file)), file.toString());
        }
    }

    @Test
    void anotherSeedWritesOtherData(@TempDir Path other) throws IOException {
        SampleContent.write(other, 24, 8);
        assertNotEquals(allProjectRecords(small), allProjectRecords(other));
    }

    @Test
    void aLargerSampleBeginsWithTheSmallerOnesProjects(@TempDir Path bigger) throws IOException {
        SampleContent.write(bigger, 30, 7);
        for (Path file : files(small)) {
            if (file.startsWith("projects")) {
                assertArrayEquals(Files.readAllBytes(small.resolve(file)), Files.readAllBytes(bigger.resolve(file)), file.toString());
            }
        }
    }

    @Test
    void summaryCountsWhatWasWritten() throws IOException {
        int workers = 0;
        int lines = 0;
        for (Path dir : ledgerDirs(small)) {
            workers += rows(dir.resolve("roster.csv"), ROSTER_HEADER).size();
            lines += rows(dir.resolve("wages.csv"), WAGES_HEADER).size();
        }
        assertEquals(new SampleContent.Summary(24, workers, lines), smallSummary);
        assertEquals(24, projectDirs(small).size());
    }

    @Test
    void siteIsMarkedAsSampleWithTheFifteenPercentFloor() throws IOException {
        JsonNode site = JSON.readTree(small.resolve("site.json").toFile());
        assertTrue(site.path("sample").asBoolean());
        assertEquals(15, site.path("laborShareFloor").path("percent").asInt());
        assertFalse(site.path("laborShareFloor").path("rule").asText().isBlank());
        assertTrue(site.path("hotline").asText().matches("0\\d{2,3}-\\d{7,8}"), site.path("hotline").asText());
        assertTrue(site.path("baseUrl").asText().startsWith("https://"));
        for (String key : List.of("title", "office")) {
            assertFalse(site.path(key).asText().isBlank(), key);
        }
    }

    @Test
    void aboutPageHasAJBakeHeaderAndSaysTheDataIsMadeUp() throws IOException {
        String about = Files.readString(small.resolve("pages/about.md"));
        assertTrue(about.startsWith("title=关于本平台\ntype=page\nstatus=published\ndate=2024-01-15\n~~~~~~\n"), about);
        assertTrue(about.contains("示例数据") && about.contains("虚构"), about);
    }

    @Test
    void twentyFourProjectsCoverEveryAreaSubTypeReliefModeAndStatus() throws IOException {
        Set<String> areas = new HashSet<>();
        Set<String> subTypes = new HashSet<>();
        Set<String> modes = new HashSet<>();
        Set<String> statuses = new HashSet<>();
        boolean amended = false;
        for (JsonNode p : projects(small)) {
            areas.add(p.path("area").asText());
            subTypes.add(p.path("subType").asText());
            p.path("reliefModes").forEach(m -> modes.add(m.asText()));
            statuses.add(currentStatus(p));
            amended |= !p.path("amendments").isEmpty();
        }
        assertEquals(new TreeSet<>(AREAS), new TreeSet<>(areas));
        assertEquals(new TreeSet<>(SUB_TYPES), new TreeSet<>(subTypes));
        assertEquals(new TreeSet<>(MODES), new TreeSet<>(modes));
        assertEquals(new TreeSet<>(STATUSES), new TreeSet<>(statuses));
        assertTrue(amended, "at least one project with an amendment");
    }

    @Test
    void projectRecordsFollowTheContentRules() throws IOException {
        for (Path root : List.of(small, larger)) {
            Set<String> documents = new HashSet<>();
            for (Path dir : projectDirs(root)) {
                JsonNode p = JSON.readTree(dir.resolve("project.json").toFile());
                String code = p.path("code").asText();
                assertEquals(dir.getFileName().toString(), code);
                assertTrue(code.matches("(202[1-5])-[A-Z]{2}-\\d{4,}"), code);
                assertEquals(code.substring(0, 4), p.path("year").asText());
                assertTrue(documents.add(p.path("approvalDocument").asText()), "repeated " + p.path("approvalDocument"));
                String area = p.path("area").asText();
                assertTrue(AREAS.contains(area), area);
                assertTrue(subTypesOf(area).contains(p.path("subType").asText()), code);
                assertTrue(p.path("name").asText().startsWith(p.path("town").asText() + p.path("village").asText()), code);
                long investment = p.path("investmentFen").asLong();
                long central = p.path("centralFundsFen").asLong();
                long paid = p.path("laborPaidFen").asLong();
                assertTrue(p.path("investmentFen").isIntegralNumber() && p.path("laborPlannedFen").isIntegralNumber(), code);
                assertTrue(0 <= paid && paid <= central && central <= investment, code);
                assertFalse(date(p, "/construction/end").isBefore(date(p, "/construction/start")), code);
                assertFalse(date(p, "/notice/end").isBefore(date(p, "/notice/start")), code);
                String status = currentStatus(p);
                assertEquals(status.equals("完工") || status.equals("管护"), p.has("maintainer"), code);
                LocalDate previous = LocalDate.MIN;
                for (JsonNode event : p.path("lifecycle")) {
                    LocalDate date = LocalDate.parse(event.path("date").asText());
                    assertFalse(date.isBefore(previous), code + " lifecycle goes back");
                    previous = date;
                    String s = event.path("status").asText();
                    if (s.equals("撤销")) {
                        assertFalse(event.path("reason").asText().isBlank(), code + " " + s + " without reason");
                    }
                }
                for (JsonNode amendment : p.path("amendments")) {
                    assertFalse(amendment.path("fields").isEmpty() || amendment.path("reason").asText().isBlank(), code);
                }
                boolean ledger = Files.exists(dir.resolve("roster.csv"));
                assertEquals(List.of("在建", "完工", "管护").contains(status), ledger, code);
                assertEquals(ledger, Files.exists(dir.resolve("wages.csv")), code);
            }
        }
    }

    @Test
    void someProjectsCarryTheirOwnFloorHotlineOrAShareBelowTheFloor() throws IOException {
        List<JsonNode> projects = projects(larger);
        assertTrue(projects.stream().anyMatch(p -> p.path("laborShareFloor").path("percent").asInt() == 30));
        assertTrue(projects.stream().anyMatch(p -> p.has("hotline") && p.path("hotline").asText().startsWith("0")));
        assertTrue(projects.stream().anyMatch(p -> {
            int floor = p.has("laborShareFloor") ? p.path("laborShareFloor").path("percent").asInt() : 15;
            return p.path("laborPlannedFen").asLong() * 100 < floor * p.path("centralFundsFen").asLong();
        }));
    }

    @Test
    void everyIdNumberHasAValidCheckCharacterAndARealBirthDateOfAWorkingAgeAdult() throws IOException {
        for (Path dir : ledgerDirs(larger)) {
            int year = Integer.parseInt(dir.getFileName().toString().substring(0, 4));
            for (String[] row : rows(dir.resolve("roster.csv"), ROSTER_HEADER)) {
                String id = row[1];
                assertTrue(id.matches("4199\\d{13}[\\dX]"), id);
                assertEquals(expectedCheckCharacter(id), id.charAt(17), id);
                LocalDate birth = LocalDate.parse(id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14));
                int age = Period.between(birth, LocalDate.of(year, 6, 30)).getYears();
                assertTrue(age >= 20 && age <= 64, id + " is " + age + " in " + year);
            }
        }
    }

    @Test
    void idNumbersAreUniqueAcrossTheTree() throws IOException {
        Set<String> ids = new HashSet<>();
        int rows = 0;
        for (Path dir : ledgerDirs(larger)) {
            for (String[] row : rows(dir.resolve("roster.csv"), ROSTER_HEADER)) {
                ids.add(row[1]);
                rows++;
            }
        }
        assertTrue(rows > 5000, "rows: " + rows);
        assertEquals(rows, ids.size());
    }

    @Test
    void everyCardPassesLuhnAndEveryPhoneIsAMobileNumber() throws IOException {
        for (Path dir : ledgerDirs(larger)) {
            for (String[] row : rows(dir.resolve("roster.csv"), ROSTER_HEADER)) {
                assertTrue(row[3].matches("1[3-9]\\d{9}"), row[3]);
                assertTrue(row[5].matches("\\d{16,19}"), row[5]);
                assertTrue(passesLuhn(row[5]), row[5]);
            }
        }
    }

    @Test
    void rosterRowsAreCompleteAndNamesLookReal() throws IOException {
        Map<Integer, Integer> nameLengths = new HashMap<>();
        for (Path dir : ledgerDirs(larger)) {
            JsonNode p = JSON.readTree(dir.resolve("project.json").toFile());
            Map<String, Integer> employed = new HashMap<>();
            List<String[]> roster = rows(dir.resolve("roster.csv"), ROSTER_HEADER);
            assertTrue(roster.size() >= 10 && roster.size() <= 60, dir.toString());
            for (String[] row : roster) {
                assertEquals(8, row.length, String.join(",", row));
                for (String cell : row) {
                    assertFalse(cell.isBlank(), String.join(",", row));
                }
                assertTrue(row[0].matches("\\p{IsHan}{2,4}"), row[0]);
                nameLengths.merge(row[0].length(), 1, Integer::sum);
                assertTrue(row[2].matches("\\p{IsHan}+[村区][一二三四五六七八九十]组"), row[2]);
                assertTrue(GROUPS.contains(row[6]), row[6]);
                employed.merge(row[6], 1, Integer::sum);
            }
            for (String group : GROUPS) {
                assertEquals(employed.getOrDefault(group, 0), p.path("workers").path("employed").path(group).asInt(), dir + " " + group);
            }
        }
        assertTrue(nameLengths.get(3) > 5 * nameLengths.get(2), nameLengths.toString());
        assertTrue(nameLengths.get(2) > nameLengths.get(4) && nameLengths.get(4) > 0, nameLengths.toString());
    }

    @Test
    void laborPaidIsExactlyTheSumOfPaidWages() throws IOException {
        for (Path dir : ledgerDirs(larger)) {
            JsonNode p = JSON.readTree(dir.resolve("project.json").toFile());
            long paid = 0;
            for (String[] row : rows(dir.resolve("wages.csv"), WAGES_HEADER)) {
                paid += fen(row[5]);
            }
            assertEquals(paid, p.path("laborPaidFen").asLong(), dir.toString());
            assertTrue(paid <= p.path("laborPlannedFen").asLong(), dir.toString());
        }
    }

    @Test
    void wageLinesAreConsistentWithTheRosterAndTheCalendar() throws IOException {
        boolean unpaidSeen = false;
        for (Path root : List.of(small, larger)) {
            for (Path dir : ledgerDirs(root)) {
                Map<String, String> namesById = new HashMap<>();
                rows(dir.resolve("roster.csv"), ROSTER_HEADER).forEach(row -> namesById.put(row[1], row[0]));
                Map<String, Integer> batches = new HashMap<>();
                for (String[] row : rows(dir.resolve("wages.csv"), WAGES_HEADER)) {
                    String line = dir.getFileName() + " " + String.join(",", row);
                    assertEquals(9, row.length, line);
                    assertEquals(namesById.get(row[1]), row[0], line);
                    batches.merge(row[1], 1, Integer::sum);
                    assertTrue(row[2].matches("\\d{4}-(0[1-9]|1[0-2])"), line);
                    int days = Integer.parseInt(row[3]);
                    assertTrue(days >= 1 && days <= 31, line);
                    assertTrue(row[4].matches("\\d+\\.\\d{2}") && row[5].matches("\\d+\\.\\d{2}"), line);
                    long due = fen(row[4]);
                    long paid = fen(row[5]);
                    assertEquals(0, due % days, line);
                    if (row[6].isEmpty()) {
                        unpaidSeen = true;
                        assertEquals(0, paid, line);
                        assertEquals("否", row[7], line);
                        assertEquals("否", row[8], line);
                    } else {
                        assertEquals(due, paid, line);
                        assertTrue(LocalDate.parse(row[6]).isAfter(LocalDate.parse(row[2] + "-28")), line);
                        assertTrue(Set.of("是", "否").containsAll(List.of(row[7], row[8])), line);
                    }
                }
                assertEquals(namesById.keySet(), batches.keySet(), dir.toString());
                batches.values().forEach(n -> assertTrue(n >= 2 && n <= 6, dir + ": " + n + " batches"));
            }
        }
        assertTrue(unpaidSeen, "some project under construction still owes its last batch");
    }

    @Test
    void csvFilesStartWithAByteOrderMarkAndChineseHeaders() throws IOException {
        for (Path dir : ledgerDirs(small)) {
            for (String[] file : new String[][] {{"roster.csv", ROSTER_HEADER}, {"wages.csv", WAGES_HEADER}}) {
                byte[] bytes = Files.readAllBytes(dir.resolve(file[0]));
                assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(bytes, 3));
                assertTrue(new String(bytes, StandardCharsets.UTF_8).startsWith("\uFEFF" + file[1] + "\n"), file[0]);
            }
        }
    }

    @Test
    void refusesAFolderThatAlreadyHoldsProjects() {
        assertThrows(FileAlreadyExistsException.class, () -> SampleContent.write(small, 24, 7));
    }

    @Test
    void refusesFewerThanOneProject(@TempDir Path out) {
        assertThrows(IllegalArgumentException.class, () -> SampleContent.write(out, 0, 7));
    }


    @Test
    void yuanAreFormattedFromFenWithTwoDecimals() {
        assertEquals("0.00", WageLedger.appendYuan(new StringBuilder(), 0).toString());
        assertEquals("0.05", WageLedger.appendYuan(new StringBuilder(), 5).toString());
        assertEquals("1295.50", WageLedger.appendYuan(new StringBuilder(), 129_550).toString());
    }

    // --- helpers: deliberately independent of the classes under test ---

    private static char expectedCheckCharacter(String id) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }

    private static boolean passesLuhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    private static long fen(String yuan) {
        String[] parts = yuan.split("\\.");
        assertEquals(2, parts[1].length(), yuan);
        return Long.parseLong(parts[0]) * 100 + Long.parseLong(parts[1]);
    }

    private static List<String> subTypesOf(String area) {
        return switch (area) {
            case "农村公益性基础设施" -> List.of("生活", "交通", "水利");
            case "产业发展配套基础设施" -> List.of("农牧", "文旅");
            case "城市绿化环卫" -> List.of("绿化", "环卫");
            default -> List.of("土方地基", "小型附属工程");
        };
    }

    private static String currentStatus(JsonNode project) {
        JsonNode lifecycle = project.path("lifecycle");
        return lifecycle.path(lifecycle.size() - 1).path("status").asText();
    }

    private static LocalDate date(JsonNode project, String pointer) {
        return LocalDate.parse(project.at(pointer).asText());
    }

    private static List<String[]> rows(Path csv, String header) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals("\uFEFF" + header, lines.get(0), csv.toString());
        List<String[]> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    private static List<JsonNode> projects(Path root) throws IOException {
        List<JsonNode> projects = new ArrayList<>();
        for (Path dir : projectDirs(root)) {
            projects.add(JSON.readTree(dir.resolve("project.json").toFile()));
        }
        return projects;
    }

    private static String allProjectRecords(Path root) throws IOException {
        StringBuilder all = new StringBuilder();
        for (Path dir : projectDirs(root)) {
            all.append(Files.readString(dir.resolve("project.json")));
        }
        return all.toString();
    }

    private static List<Path> projectDirs(Path root) throws IOException {
        try (Stream<Path> dirs = Files.list(root.resolve("projects"))) {
            return dirs.sorted().toList();
        }
    }

    private static List<Path> ledgerDirs(Path root) throws IOException {
        return projectDirs(root).stream().filter(d -> Files.exists(d.resolve("roster.csv"))).toList();
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
