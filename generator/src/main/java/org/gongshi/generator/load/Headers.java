package org.gongshi.generator.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The header names a roster or ledger may give each of its columns, mapped to one canonical (English) column name.
 * The first spelling of each column is the one problems name when the column is missing.
 */
final class Headers {

    /** Columns offices add for the printed sheet that gongshi does not read: a running number, remarks, signatures. */
    private static final Set<String> IGNORED = Set.of("序号", "备注", "签字", "本人签字", "签名", "领款人签字");

    private final Map<String, String> columns;
    private final Map<String, String> names;

    private Headers(Map<String, String> columns, Map<String, String> names) {
        this.columns = Map.copyOf(columns);
        this.names = Map.copyOf(names);
    }

    /**
     * @param spellings canonical column → the header names it goes by, most usual first
     * @throws IllegalArgumentException when one header name would mean two columns
     */
    static Headers of(Map<String, List<String>> spellings) {
        Map<String, String> columns = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        spellings.forEach((column, headers) -> {
            names.put(column, headers.isEmpty() ? column : headers.get(0));
            for (String header : Stream.concat(Stream.of(column), headers.stream()).toList()) {
                String previous = columns.put(normalize(header), column);
                if (previous != null && !previous.equals(column)) {
                    throw new IllegalArgumentException("header " + header + " would name both " + previous + " and " + column);
                }
            }
        });
        return new Headers(columns, names);
    }

    /** The canonical column this header cell names. */
    Optional<String> column(String header) {
        return Optional.ofNullable(columns.get(normalize(header)));
    }

    /** Whether the header cell is empty or names a column gongshi leaves alone. */
    boolean ignored(String header) {
        return header.isBlank() || IGNORED.contains(normalize(header));
    }

    /** The column's usual Chinese header, e.g. "银行卡号" for card_number. */
    String name(String column) {
        return names.getOrDefault(column, column);
    }

    /** Excel users type fullwidth brackets and stray spaces; "实发金额（元）" and "实发金额 (元)" are one column. */
    static String normalize(String header) {
        return header.strip().replace('（', '(').replace('）', ')').replace(" ", "").replace("\u3000", "").toLowerCase();
    }
}
