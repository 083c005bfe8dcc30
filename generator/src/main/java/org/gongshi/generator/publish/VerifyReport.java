package org.gongshi.generator.publish;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What {@link SiteVerifier} found: the manifest it trusted, how many files it checked, and every difference.
 *
 * @param trustedFrom    where the trusted manifest came from, in words, with its path or URL
 * @param release        the trusted manifest's release number
 * @param manifestSha256 the SHA-256 of the trusted manifest file, to compare with one noted down elsewhere
 * @param checked        how many of the manifest's files were checked
 * @param findings       every difference, in the order {@link Kind} lists them, then by path
 * @param notes          what the check could not cover, in plain words
 */
public record VerifyReport(String trustedFrom, int release, String manifestSha256, int checked,
                           List<Finding> findings, List<String> notes) {

    /** The kinds of difference, in the order a report lists them. */
    public enum Kind {
        CHANGED("已改动"),
        MISSING("缺少"),
        EXTRA("多出"),
        TWIN_DIFFERS("压缩副本与原文件不一致"),
        RELEASE_DIFFERS("发布清单与核对依据不一致"),
        CHAIN_BROKEN("发布记录链条断裂"),
        UNCHECKED("无法核对");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One difference: a file by URL path (empty when it concerns no single file) and what more there is to say. */
    public record Finding(Kind kind, String path, String detail) {

        /** "已改动 /p/2023-QH-0001/index.html" or, for a broken chain, "发布记录链条断裂：…". */
        public String line() {
            if (path.isEmpty()) {
                return kind.label + "：" + detail;
            }
            return kind.label + " " + path + (detail.isEmpty() ? "" : "（" + detail + "）");
        }
    }

    public VerifyReport {
        findings = findings.stream()
                .sorted(Comparator.comparing(Finding::kind).thenComparing(Finding::path)).toList();
        notes = List.copyOf(notes);
    }

    public boolean ok() {
        return findings.isEmpty();
    }

    /** The one-line summary the CLI ends with. */
    public String summary() {
        if (ok()) {
            return "一致：核对了 " + checked + " 个文件，与第 " + release + " 次发布完全相同";
        }
        Map<Kind, Long> counts = findings.stream().collect(Collectors.groupingBy(Finding::kind, Collectors.counting()));
        String differences = Arrays.stream(Kind.values()).filter(counts::containsKey)
                .map(k -> k.label + " " + counts.get(k) + " 处").collect(Collectors.joining("，"));
        return "不一致：" + differences + "（核对了 " + checked + " 个文件，依据第 " + release + " 次发布）";
    }
}
