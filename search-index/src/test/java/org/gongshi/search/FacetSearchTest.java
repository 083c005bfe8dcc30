package org.gongshi.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filtering by facets and the counts that make filter links. */
class FacetSearchTest {

    @TempDir
    Path dir;
    SearchIndex index;

    /** 2023: two roads in 白石镇 (one with two relief modes), 2024: one road in 黄土镇, and a wage page. */
    @BeforeEach
    void buildIndex() throws IOException {
        List<SearchDocument> docs = List.of(
                doc("notice", "2023-QH-0001", "白石镇东陈村道路工程", "2023", "白石镇", "完工", "劳务报酬", "以工代训"),
                doc("notice", "2023-QH-0002", "白石镇西岭村道路工程", "2023", "白石镇", "在建", "劳务报酬"),
                doc("notice", "2024-QH-0001", "黄土镇杏花村道路工程", "2024", "黄土镇", "在建", "劳务报酬"),
                doc("wages", "2023-QH-0001", "白石镇东陈村道路工程 劳务报酬发放公示", "2023", "白石镇", "完工", "劳务报酬", "以工代训"));
        index = Fixtures.indexOf(dir, docs);
    }

    @AfterEach
    void closeIndex() throws IOException {
        index.close();
    }

    @Test
    void countsCoverEveryMatchNotJustThePage() {
        SearchResults results = index.search(new SearchQuery("道路", List.of(), 0, 1));

        assertEquals(1, results.hits().size());
        assertEquals(Map.of("2023", 3, "2024", 1), counts(results, "year"));
        assertEquals(Map.of("notice", 3, "wages", 1), counts(results, "type"), "every page has its type as a facet");
        assertEquals(Map.of("劳务报酬", 4, "以工代训", 2), counts(results, "mode"), "a page counts once per value");
    }

    @Test
    void aFilterNarrowsHitsAndOtherDimensionsButNotItsOwn() {
        SearchResults results = index.search(query("道路", new Facet("year", "2023")));

        assertEquals(3, results.total());
        assertEquals(Map.of("2023", 3, "2024", 1), counts(results, "year"), "switching year stays one click away");
        assertEquals(Map.of("白石镇", 3), counts(results, "town"));
    }

    @Test
    void filtersOfDifferentDimensionsCombine() {
        SearchResults results = index.search(query("道路", new Facet("town", "白石镇"), new Facet("status", "在建")));

        assertEquals(List.of("2023-QH-0002"), results.hits().stream().map(SearchHit::code).toList());
    }

    @Test
    void valuesOfOneDimensionAreAlternatives() {
        SearchResults results = index.search(query("道路", new Facet("status", "完工"), new Facet("status", "在建")));

        assertEquals(4, results.total());
    }

    @Test
    void filtersWithoutTextBrowseTheFilteredPages() {
        assertEquals(3, index.search(query("", new Facet("town", "白石镇"))).total());
        assertEquals(3, index.search(query("  ，", new Facet("town", "白石镇"))).total());
    }

    @Test
    void unknownFilterValuesFindNothingAndNeverThrow() {
        for (String value : List.of("不存在", "", " ", "\u0000", "a/b", "<script>", "x".repeat(10_000))) {
            assertEquals(0, index.search(query("道路", new Facet("town", value))).total(), value);
        }
        assertEquals(0, index.search(query("道路", new Facet("nosuchdim", "2023"))).total());
    }

    @Test
    void anIndexWithoutFacetValuesStillSearches(@TempDir Path emptyDir) throws IOException {
        try (SearchIndex empty = Fixtures.indexOf(emptyDir, List.of())) {
            SearchResults results = empty.search(query("道路", new Facet("year", "2023")));
            assertEquals(0, results.total());
            assertTrue(results.facets().isEmpty());
        }
    }

    private static SearchQuery query(String text, Facet... filters) {
        return new SearchQuery(text, List.of(filters), 0, 10);
    }

    private static Map<String, Integer> counts(SearchResults results, String dim) {
        return results.facets().stream().filter(f -> f.dim().equals(dim)).findFirst().orElseThrow().counts().stream()
                .collect(Collectors.toMap(FacetCounts.Count::value, FacetCounts.Count::count));
    }

    private static SearchDocument doc(String type, String code, String title, String year, String town, String status,
                                      String... modes) {
        List<Facet> facets = new ArrayList<>(List.of(new Facet("year", year), new Facet("town", town), new Facet("status", status)));
        for (String mode : modes) {
            facets.add(new Facet("mode", mode));
        }
        return new SearchDocument(type + ":" + code, "/p/" + code + "/" + (type.equals("wages") ? "wages/" : ""), type,
                code, title, title + "。", List.of(town), List.of(title, town), facets);
    }
}
