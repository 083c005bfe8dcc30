package org.gongshi.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Fictional projects that are deliberately alike, so ranking and exactness are really tested. */
final class Fixtures {

    static final SearchDocument QINGLONG = notice("2023-QH-0012", "白石镇青龙村河道清淤工程", "白石镇", "青龙村",
            "项目编号 2023-QH-0012。本项目位于白石镇青龙村，清淤河道 3.2 公里，以工代赈方式吸纳当地群众务工 46 人，"
                    + "发放劳务报酬 56.3 万元。项目于 2023 年 4 月开工，同年 10 月完工并通过验收。");
    static final SearchDocument QINGLONG_PHASE_TWO = notice("2023-QH-0013", "白石镇青龙村河道清淤工程二期", "白石镇", "青龙村",
            "项目编号 2023-QH-0013，为 2023-QH-0012 的续建工程。白石镇青龙村河道清淤工程二期继续清淤下游河段。");
    static final SearchDocument BAISHI_REVETMENT = notice("2023-QH-0014", "白石镇青龙村河道护岸工程", "白石镇", "青龙村",
            "项目编号 2023-QH-0014。在 2023-QH-0012 清淤后的河道两侧修建护岸 1.1 公里。");
    static final SearchDocument XINGHUA_ROAD = notice("2024-QH-0001", "黄土镇杏花村道路硬化工程", "黄土镇", "杏花村",
            "项目编号 2024-QH-0001。硬化村组道路 4.5 公里，方便群众出行。");
    static final SearchDocument QINGLONG_WAGES = new SearchDocument("wages-2023-QH-0012", "/p/2023-QH-0012/wages/",
            "wages", "2023-QH-0012", "白石镇青龙村河道清淤工程劳务报酬发放公示",
            "2023 年 6 月发放劳务报酬，共 46 人，合计 12.4 万元。", List.of("白石镇", "青龙村"), List.of(),
            List.of(new Facet("year", "2023")));
    static final SearchDocument HOTLINE = new SearchDocument("page-hotline", "/hotline", "page", "", "监督举报",
            "对以工代赈项目的劳务报酬发放有疑问，可以拨打监督举报电话。", List.of(), List.of(), List.of());

    static final List<SearchDocument> ALL = List.of(
            QINGLONG, QINGLONG_PHASE_TWO, BAISHI_REVETMENT, XINGHUA_ROAD, QINGLONG_WAGES, HOTLINE);

    private Fixtures() {
    }

    static SearchDocument notice(String code, String title, String town, String village, String body) {
        return new SearchDocument("notice-" + code, "/p/" + code + "/", "notice", code, title, body,
                List.of(town, village), List.of(title, town, village),
                List.of(new Facet("year", code.substring(0, 4)), new Facet("town", town), new Facet("village", village)));
    }

    static SearchIndex indexOf(Path dir, List<SearchDocument> docs) throws IOException {
        write(dir, docs);
        return SearchIndex.open(dir);
    }

    static void write(Path dir, List<SearchDocument> docs) throws IOException {
        try (SearchIndexWriter writer = SearchIndexWriter.create(dir)) {
            for (SearchDocument doc : docs) {
                writer.add(doc);
            }
        }
    }
}
