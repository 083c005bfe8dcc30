package org.gongshi.server;

import org.gongshi.search.FacetCounts;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The facet dimensions a reader can filter by, in the order they are shown, with their Chinese names. The
 * index keeps stable English keys, which are also the URL parameter names.
 */
final class FacetLabels {

    /** Order matters: what a villager narrows by first comes first. */
    static final Map<String, String> DIMENSIONS = ordered(
            "type", "类型",
            "year", "年度",
            "town", "乡镇",
            "area", "建设领域",
            "status", "项目状态",
            "mode", "赈济方式");

    private static final Map<String, String> TYPES = ordered(
            "notice", "项目公示",
            "wages", "劳务报酬公示",
            "page", "页面",
            "case", "典型案例");

    private FacetLabels() {
    }

    /** How a value is shown: page types by their Chinese names, every other value as it is. */
    static String value(String dim, String value) {
        return dim.equals("type") ? TYPES.getOrDefault(value, value) : value;
    }

    /**
     * The dimensions readers filter by, in the order shown, those without values left out; values ordered
     * for reading: years newest first, as the annual lists are, every other dimension most hits first.
     */
    static List<FacetCounts> shown(List<FacetCounts> facets) {
        Map<String, FacetCounts> byDim = facets.stream().collect(Collectors.toMap(FacetCounts::dim, Function.identity()));
        return DIMENSIONS.keySet().stream()
                .map(byDim::get)
                .filter(counts -> counts != null && !counts.counts().isEmpty())
                .map(counts -> new FacetCounts(counts.dim(), ordered(counts.dim(), counts.counts())))
                .toList();
    }

    private static List<FacetCounts.Count> ordered(String dim, List<FacetCounts.Count> counts) {
        if (!dim.equals("year")) {
            return counts;
        }
        return counts.stream().sorted(Comparator.comparing(FacetCounts.Count::value).reversed()).toList();
    }

    private static Map<String, String> ordered(String... keysAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            map.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
        return map;
    }
}
