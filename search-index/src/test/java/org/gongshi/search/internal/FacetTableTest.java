package org.gongshi.search.internal;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.gongshi.search.Facet;
import org.gongshi.search.FacetCounts;
import org.gongshi.search.SearchDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The facet table counts exactly what Lucene's own DrillSideways counts, across many segments. */
class FacetTableTest {

    private static final List<String> YEARS = List.of("2021", "2022", "2023", "2024");
    private static final List<String> TOWNS = List.of("白石镇", "桃源乡", "柳湾镇");
    private static final List<String> MODES = List.of("劳务报酬", "以工代训", "公益性岗位");

    @Test
    void countsEqualLuceneDrillSidewaysOnAManySegmentIndex(@TempDir Path dir) throws IOException {
        try (Directory directory = FSDirectory.open(dir)) {
            writeInSegments(directory);
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                assertTrue(reader.leaves().size() > 5, "several segments: " + reader.leaves().size());
                FacetedSearcher ours = (FacetedSearcher) new FacetedSearcher.Factory(0).newSearcher(reader, null);
                DrillSideways lucene = new DrillSideways(ours, IndexFields.FACETS,
                        new DefaultSortedSetDocValuesReaderState(reader, IndexFields.FACETS));
                Query roads = new TermQuery(new Term(IndexFields.TITLE, "道路"));
                for (Query base : List.of(new MatchAllDocsQuery(), roads)) {
                    for (List<Facet> filters : List.of(List.<Facet>of(), List.of(new Facet("year", "2023")),
                            List.of(new Facet("town", "桃源乡"), new Facet("mode", "以工代训")),
                            List.of(new Facet("year", "2022"), new Facet("year", "2024")))) {
                        FacetedSearcher.Found found = ours.search(base, filters, 10);
                        DrillDownQuery drillDown = new DrillDownQuery(IndexFields.FACETS, base);
                        filters.forEach(filter -> drillDown.add(filter.dim(), filter.value()));
                        DrillSideways.DrillSidewaysResult expected = lucene.search(drillDown, 10);
                        assertEquals(expected.hits.totalHits.value, found.hits(), base + " " + filters);
                        assertEquals(luceneCounts(expected), counts(found.facets()), base + " " + filters);
                    }
                }
            }
        }
    }

    /** 400 pages, committed in batches so that the index has many segments and ordinals must be mapped. */
    private static void writeInSegments(Directory directory) throws IOException {
        Random random = new Random(7);
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(CjkAnalyzer.perField()))) {
            for (int i = 0; i < 400; i++) {
                List<Facet> facets = new ArrayList<>(List.of(
                        new Facet("year", YEARS.get(random.nextInt(YEARS.size()))),
                        new Facet("town", TOWNS.get(random.nextInt(TOWNS.size())))));
                MODES.stream().filter(mode -> random.nextBoolean()).forEach(mode -> facets.add(new Facet("mode", mode)));
                String title = (random.nextBoolean() ? "道路" : "水渠") + "工程" + i;
                writer.addDocument(IndexFields.toLucene(new SearchDocument("d" + i, "/d/" + i + "/",
                        random.nextBoolean() ? "notice" : "wages", "", title, title, List.of(), List.of(), facets)));
                if (i % 50 == 49) {
                    writer.commit();
                }
            }
        }
    }

    private static Map<String, Map<String, Integer>> luceneCounts(DrillSideways.DrillSidewaysResult result)
            throws IOException {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (FacetResult dim : result.facets.getAllDims(100)) {
            if (dim != null) {
                Map<String, Integer> values = new TreeMap<>();
                Arrays.stream(dim.labelValues).forEach(v -> values.put(v.label, v.value.intValue()));
                counts.put(dim.dim, values);
            }
        }
        return counts;
    }

    private static Map<String, Map<String, Integer>> counts(List<FacetCounts> facets) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (FacetCounts dim : facets) {
            Map<String, Integer> values = new TreeMap<>();
            dim.counts().forEach(c -> values.put(c.value(), c.count()));
            counts.put(dim.dim(), values);
        }
        return counts;
    }
}
