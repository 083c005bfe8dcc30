package org.gongshi.search.internal;

import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.ArrayUtil;
import org.gongshi.search.FacetCounts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every page's facet values as small ordinals in plain arrays, read once from the sorted-set doc values
 * when an index is opened. Counting the values of 100,000 hits then costs a pass over two int arrays
 * instead of decoding doc values per hit, which was the largest part of a broad query ("工程", "村").
 */
final class FacetTable {

    /** Pages beyond this many values in one dimension are not shown as filter links anyway. */
    private static final int MAX_VALUES = 100;

    /** {@code ords[starts[doc]] … ords[starts[doc + 1] - 1]} are the values of page {@code doc}. */
    private final int[] starts;
    private final int[] ords;
    private final String[] dims;
    private final String[] values;

    private FacetTable(int[] starts, int[] ords, String[] dims, String[] values) {
        this.starts = starts;
        this.ords = ords;
        this.dims = dims;
        this.values = values;
    }

    static FacetTable of(IndexReader reader) throws IOException {
        SortedSetDocValues docValues = MultiDocValues.getSortedSetValues(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        int maxDoc = reader.maxDoc();
        int[] starts = new int[maxDoc + 1];
        if (docValues == null) {
            return new FacetTable(starts, new int[0], new String[0], new String[0]);
        }
        int distinct = (int) docValues.getValueCount();
        String[] dims = new String[distinct];
        String[] values = new String[distinct];
        for (int ord = 0; ord < distinct; ord++) {
            String[] path = FacetsConfig.stringToPath(docValues.lookupOrd(ord).utf8ToString());
            dims[ord] = path[0];
            values[ord] = path.length > 1 ? path[1] : "";
        }
        // A fresh iterator: the one above was used for lookups only, but doc values iterate forward once.
        docValues = MultiDocValues.getSortedSetValues(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        int[] ords = new int[maxDoc * 8];
        int size = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            starts[doc] = size;
            if (docValues.advanceExact(doc)) {
                ords = ArrayUtil.grow(ords, size + docValues.docValueCount());
                for (int i = 0; i < docValues.docValueCount(); i++) {
                    ords[size++] = (int) docValues.nextOrd();
                }
            }
        }
        starts[maxDoc] = size;
        return new FacetTable(starts, ArrayUtil.copyOfSubArray(ords, 0, size), dims, values);
    }

    /** The counts of every dimension over the pages {@code query} matches, and how many pages that is. */
    Tally count(IndexSearcher searcher, Query query) throws IOException {
        return searcher.search(query, counter());
    }

    /** Counts as {@link #count} does, for use beside another collector in the same pass. */
    CollectorManager<?, Tally> counter() {
        return new CollectorManager<Counter, Tally>() {
            @Override
            public Counter newCollector() {
                return new Counter();
            }

            @Override
            public Tally reduce(Collection<Counter> counters) {
                int[] sum = new int[values.length];
                int total = 0;
                for (Counter counter : counters) {
                    total += counter.hits;
                    for (int ord = 0; ord < sum.length; ord++) {
                        sum[ord] += counter.counts[ord];
                    }
                }
                return new Tally(total, sum);
            }
        };
    }

    /** Counts per value, and the number of pages counted. */
    final class Tally {

        final int hits;
        private final int[] counts;

        private Tally(int hits, int[] counts) {
            this.hits = hits;
            this.counts = counts;
        }

        /** Every dimension with a counted value, values most hits first (ties by value). */
        List<FacetCounts> all() {
            Map<String, List<FacetCounts.Count>> byDim = new LinkedHashMap<>();
            for (int ord = 0; ord < counts.length; ord++) {
                if (counts[ord] > 0) {
                    byDim.computeIfAbsent(dims[ord], d -> new ArrayList<>()).add(new FacetCounts.Count(values[ord], counts[ord]));
                }
            }
            List<FacetCounts> all = new ArrayList<>();
            byDim.forEach((dim, list) -> all.add(new FacetCounts(dim, list.stream()
                    .sorted(Comparator.comparingInt(FacetCounts.Count::count).reversed()
                            .thenComparing(FacetCounts.Count::value))
                    .limit(MAX_VALUES)
                    .toList())));
            return all;
        }
    }

    private final class Counter implements Collector {

        private final int[] counts = new int[values.length];
        private int hits;

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int base = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    int page = base + doc;
                    for (int i = starts[page]; i < starts[page + 1]; i++) {
                        counts[ords[i]]++;
                    }
                    hits++;
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
