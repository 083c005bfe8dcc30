package org.gongshi.generator;

import java.time.Duration;
import java.util.List;

/**
 * How a build ended: either every problem in the content (nothing written) or what was published.
 */
public record BuildReport(List<Problem> problems, int projects, int pages, int searchDocuments, Duration time) {

    public BuildReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The one-line summary the CLI ends with. */
    public String summary() {
        return ok()
                ? String.format("完成：%d 个项目，%d 个页面，%d 条检索记录，用时 %.1f 秒", projects, pages, searchDocuments, time.toMillis() / 1000.0)
                : "内容有 " + problems.size() + " 处问题，未生成网站";
    }
}
