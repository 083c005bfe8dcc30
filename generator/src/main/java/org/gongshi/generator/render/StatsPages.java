package org.gongshi.generator.render;

import java.util.ArrayList;
import java.util.List;

/** {@code /stats/}: charts with their tables, and each table's CSV at {@code /stats/{ID}.csv}. */
public final class StatsPages extends RecordPagesTool {

    @Override
    List<Output> pages(BuildContext context) {
        List<Statistics.Figure> figures = Statistics.of(context.projects());
        List<Output> outputs = new ArrayList<>();
        for (Statistics.Figure figure : figures) {
            outputs.add(new Data(figure.csvUrl(), figure.table()::csv));
        }
        Totals totals = Totals.of(context.projects());
        outputs.add(new Page("stats.ftl", "/stats/", new StatsPage(totals.projects(), totals.withdrawn(),
                figures.stream().map(Statistics.Figure::chart).toList())));
        return outputs;
    }
}
