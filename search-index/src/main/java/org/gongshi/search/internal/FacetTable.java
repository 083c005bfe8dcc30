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
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.gongshi.search.Facet;
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

    /** More values of one dimension than this are not shown as filter links anyway. */
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

    /**
     * The best {@code wanted} pages matching {@code base} and every filter, how many match, and the facet
     * counts, in one pass over the pages matching {@code base}: Lucene's DrillSideways, counted from the
     * table. A page that passes every filter is collected and counted in every dimension; a page that fails
     * only the filters of one dimension is counted in that dimension alone, so a filtered dimension's
     * counts ignore its own filter and its other values can be offered.
     */
    Tally search(IndexSearcher searcher, Query base, List<Facet> filters, TopScoreDocCollectorManager top)
            throws IOException {
        List<String> filteredDims = filters.stream().map(Facet::dim).distinct().toList();
        // Per ordinal: which filtered dimension it belongs to, and whether it is one of the filter values.
        int[] dimOf = new int[values.length];
        int[] filterOf = new int[values.length];
        for (int ord = 0; ord < values.length; ord++) {
            dimOf[ord] = filteredDims.indexOf(dims[ord]);
            filterOf[ord] = -1;
            for (Facet filter : filters) {
                if (filter.dim().equals(dims[ord]) && filter.value().equals(values[ord])) {
                    filterOf[ord] = dimOf[ord];
                }
            }
        }
        int allFilters = (1 << filteredDims.size()) - 1;
        return searcher.search(base, new CollectorManager<Sideways, Tally>() {
            @Override
            public Sideways newCollector() throws IOException {
                return new Sideways(top.newCollector(), dimOf, filterOf, allFilters);
            }

            @Override
            public Tally reduce(Collection<Sideways> collectors) throws IOException {
                int[] sum = new int[values.length];
                int hits = 0;
                List<TopScoreDocCollector> tops = new ArrayList<>();
                for (Sideways collector : collectors) {
                    hits += collector.hits;
                    tops.add(collector.top);
                    for (int ord = 0; ord < sum.length; ord++) {
                        sum[ord] += collector.counts[ord] + collector.nearMisses[ord];
                    }
                }
                return new Tally(top.reduce(tops), hits, sum);
            }
        });
    }

    /** Counts of one pass: {@code counts} over full matches, {@code nearMisses} for the dimension a page failed. */
    private final class Sideways implements Collector {

        private final TopScoreDocCollector top;
        private final int[] dimOf;
        private final int[] filterOf;
        private final int allFilters;
        private final int[] counts = new int[values.length];
        private final int[] nearMisses = new int[values.length];
        private int hits;

        Sideways(TopScoreDocCollector top, int[] dimOf, int[] filterOf, int allFilters) {
            this.top = top;
            this.dimOf = dimOf;
            this.filterOf = filterOf;
            this.allFilters = allFilters;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector best = top.getLeafCollector(context);
            int docBase = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    best.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    int page = docBase + doc;
                    int from = starts[page];
                    int to = starts[page + 1];
                    int passed = 0;
                    for (int i = from; i < to; i++) {
                        int filter = filterOf[ords[i]];
                        if (filter >= 0) {
                            passed |= 1 << filter;
                        }
                    }
                    int failed = allFilters & ~passed;
                    if (failed == 0) {
                        best.collect(doc);
                        hits++;
                        for (int i = from; i < to; i++) {
                            counts[ords[i]]++;
                        }
                    } else if (Integer.bitCount(failed) == 1) {
                        int dim = Integer.numberOfTrailingZeros(failed);
                        for (int i = from; i < to; i++) {
                            if (dimOf[ords[i]] == dim) {
                                nearMisses[ords[i]]++;
                            }
                        }
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            // Every page must be seen, not only those that could make the top: all are counted.
            return ScoreMode.COMPLETE;
        }
    }

    /** The best pages, how many pages matched, and the counts per value. */
    final class Tally {

        final TopDocs top;
        final int hits;
        private final int[] counts;

        private Tally(TopDocs top, int hits, int[] counts) {
            this.top = top;
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

}
